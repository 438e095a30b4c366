package dev.rapport.ui.settings;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
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

/** The follow-up and notices settings' view-model without a window: a real journal, work on this thread. */
class CrmSettingsViewModelTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private CrmSettingsViewModel model;
    private final List<String> saved = new ArrayList<>();
    private final List<String> told = new ArrayList<>();

    @BeforeEach
    void open() {
        session = UiTestSupport.journal(dir);
        session.followUps().setTargets(6, 96);
        session.notices().setEnabled(false);
        model = new CrmSettingsViewModel(session, Background.direct());
        model.onSaved(saved::add);
        model.onFailure(told::add);
        model.load();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void loadingShowsTheStoredSettingsAndStoresNothing() {
        assertThat(model.acknowledgeHoursProperty().get()).isEqualTo(6);
        assertThat(model.talkHoursProperty().get()).isEqualTo(96);
        assertThat(model.noticesProperty().get()).isFalse();
        assertThat(saved).as("showing what was read is not a change").isEmpty();
        assertThat(told).isEmpty();
    }

    @Test
    void theTargetsAreStoredAndSaid() {
        model.acknowledgeHoursProperty().set(2);
        model.talkHoursProperty().set(48);
        model.saveTargets();
        assertThat(session.followUps().acknowledgeHours()).isEqualTo(2);
        assertThat(session.followUps().talkHours()).isEqualTo(48);
        assertThat(saved).containsExactly(I18n.t("settings.followUps.saved", 2, 48));
        assertThat(model.targetsErrorProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aTalkTargetBeforeTheAcknowledgementIsToldAndNothingIsStored() {
        model.acknowledgeHoursProperty().set(50);
        model.talkHoursProperty().set(10);
        model.saveTargets();
        assertThat(model.targetsErrorProperty().get()).isEqualTo(I18n.t("validation.followUp.talkHours", "50", "10"));
        assertThat(session.followUps().acknowledgeHours()).isEqualTo(6);
        assertThat(session.followUps().talkHours()).isEqualTo(96);
        assertThat(saved).isEmpty();
        assertThat(model.busyProperty().get()).as("the Save button comes back after a refusal").isFalse();

        model.talkHoursProperty().set(60);
        model.saveTargets();
        assertThat(model.targetsErrorProperty().get()).as("stored targets clear the refusal").isEmpty();
        assertThat(session.followUps().talkHours()).isEqualTo(60);
    }

    @Test
    void switchingTheNoticesStoresItAtOnceAndSaysSo() {
        model.noticesProperty().set(true);
        assertThat(session.notices().enabled()).isTrue();
        model.noticesProperty().set(false);
        assertThat(session.notices().enabled()).isFalse();
        assertThat(saved).containsExactly(I18n.t("settings.notices.on"), I18n.t("settings.notices.off"));
    }

    @Test
    void aSwitchThatCannotBeStoredIsToldAndTurnsBack() {
        session.close(); // a closed journal refuses every write
        model.noticesProperty().set(true);
        assertThat(told).hasSize(1).allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(model.noticesProperty().get()).as("the switch shows what is stored").isFalse();
        assertThat(saved).isEmpty();
    }
}
