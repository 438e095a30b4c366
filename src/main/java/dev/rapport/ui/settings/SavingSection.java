package dev.rapport.ui.settings;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.JournalSettings;
import dev.rapport.ui.common.Background;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A settings section that saves: what is stored is read off the FX thread and shown, each save runs
 * off it while the section is busy, a stored change is confirmed in words and a failure said in passing.
 */
public abstract class SavingSection {
    protected final JournalSession session;
    protected final Background background;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private Consumer<String> saved = m -> { };
    private Consumer<String> told = m -> { };

    protected SavingSection(JournalSession session, Background background) {
        this.session = session;
        this.background = background;
    }

    /** Reads the stored settings into the fields. */
    public void load() {
        background.run(() -> session.settings().current(), this::show, t -> tell(t.getMessage()));
    }

    /** Shows what was read. */
    protected abstract void show(JournalSettings stored);

    /** Stores the change while the section is busy; then {@code then}, or {@code failed} hears why not. */
    protected void write(Runnable change, Runnable then, Consumer<Throwable> failed) {
        busy.set(true);
        background.run(() -> {
            change.run();
            return null;
        }, done -> {
            busy.set(false);
            then.run();
        }, failure -> {
            busy.set(false);
            failed.accept(failure);
        });
    }

    /** Confirms a stored change in words. */
    protected void confirm(String message) {
        saved.accept(message);
    }

    /** Says a failure in passing. */
    protected void tell(String message) {
        told.accept(message);
    }

    /** True while a save runs (its button is off meanwhile). */
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
