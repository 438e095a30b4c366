package dev.rapport.ui.settings;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.JournalSettings;
import dev.rapport.ui.common.Background;

import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The follow-up targets and the notices switch as Settings edits them: read and saved off the FX
 * thread; a stored target is confirmed in words, a refused one told at the targets and nothing
 * stored. Turning the notices on or off stores it at once (showing what was read stores nothing); a
 * switch that could not be stored turns back.
 */
public final class CrmSettingsViewModel {
    private final JournalSession session;
    private final Background background;
    private final ObjectProperty<Integer> acknowledgeHours = new SimpleObjectProperty<>(this, "acknowledgeHours", JournalSettings.DEFAULT_ACKNOWLEDGE_HOURS);
    private final ObjectProperty<Integer> talkHours = new SimpleObjectProperty<>(this, "talkHours", JournalSettings.DEFAULT_TALK_HOURS);
    private final BooleanProperty notices = new SimpleBooleanProperty(this, "notices", true);
    private final ReadOnlyStringWrapper targetsError = new ReadOnlyStringWrapper(this, "targetsError", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    /** True while what was read is being shown, so that showing it is not taken for a change to store. */
    private boolean showing;
    private Consumer<String> saved = m -> { };
    private Consumer<String> told = m -> { };

    public CrmSettingsViewModel(JournalSession session, Background background) {
        this.session = session;
        this.background = background;
        notices.addListener((o, was, on) -> {
            if (!showing) {
                saveNotices(on);
            }
        });
    }

    /** Reads the stored targets and the notices switch into the fields. */
    public void load() {
        background.run(() -> session.settings().current(), this::show, t -> told.accept(t.getMessage()));
    }

    private void show(JournalSettings s) {
        acknowledgeHours.set(s.acknowledgeHours());
        talkHours.set(s.talkHours());
        showNotices(s.noticesEnabled());
    }

    private void showNotices(boolean on) {
        showing = true;
        try {
            notices.set(on);
        } finally {
            showing = false;
        }
    }

    /** Stores the follow-up targets; a refused pair is told at the targets and nothing is stored. */
    public void saveTargets() {
        int ack = acknowledgeHours.get();
        int talk = talkHours.get();
        busy.set(true);
        background.run(() -> {
            session.followUps().setTargets(ack, talk);
            return null;
        }, done -> {
            busy.set(false);
            targetsError.set("");
            saved.accept(I18n.t("settings.followUps.saved", ack, talk));
        }, failure -> {
            busy.set(false);
            targetsError.set(failure.getMessage());
        });
    }

    private void saveNotices(boolean on) {
        background.run(() -> {
            session.notices().setEnabled(on);
            return null;
        }, done -> saved.accept(I18n.t(on ? "settings.notices.on" : "settings.notices.off")), failure -> {
            showNotices(!on); // the switch shows what is stored
            told.accept(failure.getMessage());
        });
    }

    public ObjectProperty<Integer> acknowledgeHoursProperty() {
        return acknowledgeHours;
    }

    public ObjectProperty<Integer> talkHoursProperty() {
        return talkHours;
    }

    /** Whether notices are shown; a change made here is stored at once. */
    public BooleanProperty noticesProperty() {
        return notices;
    }

    /** Why the last targets were refused; empty when they were stored. */
    public ReadOnlyStringProperty targetsErrorProperty() {
        return targetsError.getReadOnlyProperty();
    }

    /** True while the targets are being saved (their button is off meanwhile). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Where a stored change is confirmed. */
    public void onSaved(Consumer<String> confirm) {
        saved = confirm;
    }

    /** Where a failure is said in passing (the status line). */
    public void onFailure(Consumer<String> tell) {
        told = tell;
    }
}
