package dev.rapport.ui.contacts;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.ContactMerge;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.Background;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The merge sheet's view-model without a window: a real journal, work on this thread. */
class MergeViewModelTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private MergeViewModel model;
    private Client baltic;
    private Contact first;
    private Contact second;
    private final List<ContactMerge> merged = new ArrayList<>();
    private final List<Throwable> failed = new ArrayList<>();

    @BeforeEach
    void open() {
        session = UiTestSupport.journal(dir);
        baltic = session.clients().save(Client.create("Baltic Freight Lines"));
        first = session.contacts().save(new Contact(0, baltic.id(), "Ona Petraitė", "", "ona@bfl.lt", "", null, "", "", false));
        second = session.contacts().save(new Contact(0, baltic.id(), "O. Petraite", "", "ONA@bfl.lt", "+370 612 34567", null, "", "", false));
        model = new MergeViewModel(session, Background.direct());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void clientsAreNamedOnceRead() {
        assertThat(model.clientName(baltic.id())).isEqualTo("#" + baltic.id());
        model.load();
        assertThat(model.clientName(baltic.id())).isEqualTo("Baltic Freight Lines");
    }

    @Test
    void mergingKeepsTheSurvivorsChosenValuesAndUndoTakesItBack() {
        Contact survivor = new Contact(first.id(), baltic.id(), first.name(), "", first.email(), second.phone(), null, "", "", false);
        model.merge(survivor, second.id(), merged::add, failed::add);
        assertThat(failed).isEmpty();
        assertThat(merged).hasSize(1);
        assertThat(session.duplicates().find()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        int[] undone = {0};
        model.undo(merged.get(0), () -> undone[0]++, failed::add);
        assertThat(undone[0]).isEqualTo(1);
        assertThat(session.duplicates().find()).hasSize(1);
    }

    @Test
    void aFailedMergeIsToldInWords() {
        session.close();
        model.merge(first, second.id(), merged::add, failed::add);
        assertThat(merged).isEmpty();
        assertThat(failed).singleElement().satisfies(t -> assertThat(t.getMessage()).isNotBlank());
        assertThat(model.busyProperty().get()).isFalse();
    }
}
