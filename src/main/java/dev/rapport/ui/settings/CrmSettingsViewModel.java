package dev.rapport.ui.settings;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.JournalSettings;
import dev.rapport.ui.common.Background;


import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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
public final class CrmSettingsViewModel extends SavingSection {
    private final ObjectProperty<Integer> acknowledgeHours = new SimpleObjectProperty<>(this, "acknowledgeHours", JournalSettings.DEFAULT_ACKNOWLEDGE_HOURS);
    private final ObjectProperty<Integer> talkHours = new SimpleObjectProperty<>(this, "talkHours", JournalSettings.DEFAULT_TALK_HOURS);
    private final BooleanProperty notices = new SimpleBooleanProperty(this, "notices", true);
    private final ReadOnlyStringWrapper targetsError = new ReadOnlyStringWrapper(this, "targetsError", "");
    /** True while what was read is being shown, so that showing it is not taken for a change to store. */
    private boolean showing;

    public CrmSettingsViewModel(JournalSession session, Background background) {
        super(session, background);
        notices.addListener((o, was, on) -> {
            if (!showing) {
                saveNotices(on);
            }
        });
    }

    /** Shows the stored targets and the notices switch. */
    @Override
    protected void show(JournalSettings s) {
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
        write(() -> session.followUps().setTargets(ack, talk), () -> {
            targetsError.set("");
            confirm(I18n.t("settings.followUps.saved", ack, talk));
        }, failure -> targetsError.set(failure.getMessage()));
    }

    private void saveNotices(boolean on) {
        background.run(() -> {
            session.notices().setEnabled(on);
            return null;
        }, done -> confirm(I18n.t(on ? "settings.notices.on" : "settings.notices.off")), failure -> {
            showNotices(!on); // the switch shows what is stored
            tell(failure.getMessage());
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

}
