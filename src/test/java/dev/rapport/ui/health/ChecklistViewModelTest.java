package dev.rapport.ui.health;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.ChecklistItem;
import dev.rapport.model.ItemKind;
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

/** The health settings sheet's view-model without a window: a real journal, work on this thread. */
class ChecklistViewModelTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private ChecklistViewModel model;
    private final List<Throwable> failed = new ArrayList<>();
    private int saved;

    @BeforeEach
    void open() {
        session = UiTestSupport.journal(dir);
        session.health().setNorm(95);
        session.health().setThrottleDays(30);
        model = new ChecklistViewModel(session, Background.direct());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void loadingReadsTheStoredSettings() {
        model.load(failed::add);
        ChecklistViewModel.Settings read = model.settingsProperty().get();
        assertThat(read.norm()).isEqualTo(95);
        assertThat(read.throttleDays()).isEqualTo(30);
        assertThat(read.items()).isEqualTo(session.health().checklist());
        assertThat(failed).isEmpty();
    }

    @Test
    void savingStoresTheNormTheThrottleAndANewItemTogether() {
        model.save(92, 14, List.of(new ChecklistItem(0, null, ItemKind.OWN, "Invoices", "", "Were the invoices on time?", true, 0)),
                () -> saved++, failed::add);
        assertThat(failed).isEmpty();
        assertThat(saved).isEqualTo(1);
        assertThat(session.health().norm()).isEqualTo(92);
        assertThat(session.health().throttleDays()).isEqualTo(14);
        assertThat(session.health().checklist()).extracting(ChecklistItem::prompt).contains("Were the invoices on time?");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aFailedSaveIsToldInWords() {
        session.close();
        model.save(92, 14, List.of(), () -> saved++, failed::add);
        assertThat(saved).isZero();
        assertThat(failed).singleElement().satisfies(t -> assertThat(t.getMessage()).isNotBlank());
        assertThat(model.busyProperty().get()).isFalse();
    }
}
