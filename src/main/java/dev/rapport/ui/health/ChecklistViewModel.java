package dev.rapport.ui.health;

import dev.rapport.logic.HealthService;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.ChecklistItem;
import dev.rapport.ui.common.Background;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The health settings as their sheet edits them: the norm, the throttle and the checklist, read off
 * the FX thread and stored off it in one step (all or nothing); a failure goes back to the sheet.
 */
public final class ChecklistViewModel {
    /** What is stored now. */
    public record Settings(int norm, int throttleDays, List<ChecklistItem> items) {
    }

    private final JournalSession session;
    private final Background background;
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public ChecklistViewModel(JournalSession session, Background background) {
        this.session = session;
        this.background = background;
    }

    /** Reads the stored settings; {@code failed} hears why they could not be. */
    public void load(Consumer<Throwable> failed) {
        background.run(() -> {
            HealthService health = session.health();
            return new Settings(health.norm(), health.throttleDays(), List.copyOf(health.checklist()));
        }, settings::set, failed);
    }

    /** Stores the norm, the throttle and the changed items together; then {@code saved}, or {@code failed} and nothing stored. */
    public void save(int norm, int throttleDays, List<ChecklistItem> changed, Runnable saved, Consumer<Throwable> failed) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        List<ChecklistItem> items = List.copyOf(changed);
        background.run(() -> session.inOneTransaction(() -> {
            HealthService health = session.health();
            health.setNorm(norm);
            health.setThrottleDays(throttleDays);
            health.saveChecklist(items);
            return null;
        }), none -> {
            busy.set(false);
            saved.run();
        }, t -> {
            busy.set(false);
            failed.accept(t);
        });
    }

    /** The settings as read; null until they are. */
    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
