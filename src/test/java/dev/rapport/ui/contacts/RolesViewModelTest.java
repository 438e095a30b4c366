package dev.rapport.ui.contacts;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.ContactRole;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Said;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The roles pane's view-model without a window: a real journal, work on this thread. */
class RolesViewModelTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private RolesViewModel model;
    private Client acme;
    private Client baltic;
    private Contact ann;
    private final List<Said> said = new ArrayList<>();
    private int changes;

    @BeforeEach
    void open() {
        session = UiTestSupport.journal(dir);
        acme = session.clients().save(Client.create("Acme"));
        baltic = session.clients().save(Client.create("Baltic Freight"));
        ann = session.contacts().save(Contact.create(acme.id(), "Ann Lee"));
        model = new RolesViewModel(session, Background.direct(), ann.id(), said::add);
        model.onChanged(() -> {
            changes++;
            model.load();
        });
        model.load();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private List<Long> roleClients() {
        return model.roles().stream().map(ContactRole::clientId).toList();
    }

    @Test
    void readsThePersonsRolesAndTheClientsToChooseFrom() {
        assertThat(roleClients()).containsExactly(acme.id());
        assertThat(model.clients()).extracting(Client::name).contains("Acme", "Baltic Freight");
        assertThat(model.title(model.roles().get(0))).isEqualTo(RoleText.title(model.roles().get(0), "Acme"));
    }

    @Test
    void aRoleWithoutAClientIsRefusedAtTheErrorLineAndNothingIsStored() {
        boolean[] cleared = {false};
        model.add(null, "Advisor", LocalDate.of(2026, 1, 15), () -> cleared[0] = true);

        assertThat(model.errorProperty().get()).isEqualTo(I18n.t("contacts.error.roleClient"));
        assertThat(cleared[0]).isFalse();
        assertThat(session.contacts().person(ann.id()).orElseThrow().roles()).hasSize(1);
        assertThat(said).isEmpty();
    }

    @Test
    void anAddedRoleIsStoredSaidWithUndoAndTheUndoTakesItBack() {
        boolean[] cleared = {false};
        model.add(baltic, "Advisor", LocalDate.of(2026, 1, 15), () -> cleared[0] = true);

        assertThat(cleared[0]).isTrue();
        assertThat(changes).isEqualTo(1);
        assertThat(roleClients()).contains(acme.id(), baltic.id());
        assertThat(said).hasSize(1);
        assertThat(said.get(0).text()).isEqualTo(I18n.t("contacts.roles.added", I18n.t("contacts.role.at", "Advisor", "Baltic Freight")));

        said.get(0).undo().run();
        assertThat(roleClients()).containsExactly(acme.id());
        assertThat(said.get(1).text()).isEqualTo(I18n.t("contacts.roles.addUndone", I18n.t("contacts.role.at", "Advisor", "Baltic Freight")));
    }

    @Test
    void anEndedRoleKeepsItsDayAndTheUndoMakesItCurrentAgain() {
        ContactRole role = model.roles().get(0);
        LocalDate day = LocalDate.of(2026, 2, 1);
        model.end(role, day, () -> { throw new AssertionError("the end was stored"); });

        assertThat(session.contacts().person(ann.id()).orElseThrow().roles().get(0).to()).isEqualTo(day);
        assertThat(said.get(0).text()).isEqualTo(I18n.t("contacts.roles.ended", model.title(role)));

        said.get(0).undo().run();
        assertThat(session.contacts().person(ann.id()).orElseThrow().roles().get(0).to()).isNull();
    }

    @Test
    void aFailedWriteIsToldAtTheErrorLineAndTheNextChangeClearsIt() {
        boolean[] failed = {false};
        model.end(model.roles().get(0).withId(999_999), LocalDate.of(2026, 2, 1), () -> failed[0] = true);

        assertThat(failed[0]).isTrue();
        assertThat(model.errorProperty().get()).isEqualTo(I18n.t("contacts.error.roleGone"));
        model.add(baltic, "", LocalDate.of(2026, 1, 15), () -> { });
        assertThat(model.errorProperty().get()).isEmpty();
    }
}
