package dev.rapport.ui.clients;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.DatedEvent;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.Background;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The dates sheet's view-model without a window: a real journal, work on this thread. */
class DatesSheetModelTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private Client acme;
    private Contact ann;
    private DatesSheetModel model;
    private final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void open() {
        session = UiTestSupport.journal(dir);
        acme = session.clients().save(Client.create("Acme Logistics"));
        Client other = session.clients().save(Client.create("Baltic Freight"));
        ann = session.contacts().save(Contact.create(acme.id(), "Ann Lee"));
        session.contacts().save(Contact.create(other.id(), "Someone Else"));
        session.dates().save(new DatedEvent(0, other.id(), null, DatedEvent.Kind.RENEWAL, LocalDate.of(2027, 1, 1), "", ""));
        model = new DatesSheetModel(session, Background.direct(), failures::add, acme.id());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void readsTheClientsPeopleAndDatesOnly() {
        DatedEvent birthday = session.dates().save(new DatedEvent(0, acme.id(), ann.id(), DatedEvent.Kind.BIRTHDAY, LocalDate.of(1980, 3, 14), "", ""));
        List<DatesSheetModel.Dates> read = new ArrayList<>();
        model.load(read::add);
        assertThat(read).singleElement().satisfies(d -> {
            assertThat(d.people()).extracting(Contact::name).containsExactly("Ann Lee");
            assertThat(d.dates()).extracting(DatedEvent::id).containsExactly(birthday.id());
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void aDateAddedRemovedAndPutBackIsReadAgainEachTime() {
        DatedEvent renewal = model.add(new DatedEvent(0, acme.id(), null, DatedEvent.Kind.RENEWAL, LocalDate.of(2027, 6, 30), "Contract", ""));
        List<List<DatedEvent>> shown = new ArrayList<>();
        model.reload(shown::add);
        assertThat(shown.get(0)).extracting(DatedEvent::label).containsExactly("Contract");

        model.remove(renewal);
        model.reload(shown::add);
        assertThat(shown.get(1)).isEmpty();

        model.putBack(renewal);
        model.reload(shown::add);
        assertThat(shown.get(2)).singleElement().satisfies(d -> {
            assertThat(d.label()).isEqualTo("Contract");
            assertThat(d.on()).isEqualTo(LocalDate.of(2027, 6, 30));
        });
    }

    @Test
    void aFailedReadGoesToTheSheet() {
        session.close();
        model.load(d -> { });
        assertThat(failures).singleElement().satisfies(t -> assertThat(t.getMessage()).isNotBlank());
    }
}
