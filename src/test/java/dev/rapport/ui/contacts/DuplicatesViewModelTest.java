package dev.rapport.ui.contacts;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.Background;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The duplicates sheet's view-model without a window: a real journal, work on this thread. */
class DuplicatesViewModelTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private DuplicatesViewModel model;
    private Client baltic;

    @BeforeEach
    void open() {
        session = UiTestSupport.journal(dir);
        baltic = session.clients().save(Client.create("Baltic Freight Lines"));
        model = new DuplicatesViewModel(session, Background.direct());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void nothingIsFoundBeforeItLooks() {
        assertThat(model.foundProperty().get()).isNull();
    }

    @Test
    void twoPeopleWithTheSameEmailAreFoundWithTheirClientsName() {
        Contact first = session.contacts().save(new Contact(0, baltic.id(), "Ona Petraitė", "", "ona@bfl.lt", "", null, "", "", false));
        Contact second = session.contacts().save(new Contact(0, baltic.id(), "O. Petraite", "", "ONA@bfl.lt", "", null, "", "", false));
        session.contacts().save(new Contact(0, baltic.id(), "Jonas Jonaitis", "", "jonas@bfl.lt", "", null, "", "", false));
        model.load();
        DuplicatesViewModel.Found found = model.foundProperty().get();
        assertThat(found.pairs()).singleElement().satisfies(p -> {
            assertThat(p.first().id()).isEqualTo(first.id());
            assertThat(p.second().id()).isEqualTo(second.id());
        });
        assertThat(found.client(baltic.id())).isEqualTo("Baltic Freight Lines");
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void aJournalWithoutTwinsFindsNone() {
        session.contacts().save(new Contact(0, baltic.id(), "Jonas Jonaitis", "", "jonas@bfl.lt", "", null, "", "", false));
        model.load();
        assertThat(model.foundProperty().get().pairs()).isEmpty();
    }

    @Test
    void aClosedJournalIsToldInWords() {
        session.close();
        model.load();
        assertThat(model.errorProperty().get()).isNotBlank();
        assertThat(model.foundProperty().get()).isNull();
    }
}
