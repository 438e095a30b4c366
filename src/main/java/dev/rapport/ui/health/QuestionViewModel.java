package dev.rapport.ui.health;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.SurveyQuestion;
import dev.rapport.ui.common.Background;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The question of the period as its sheet sets it: the questions asked before, read off the FX
 * thread, and the new one stored off it; a refusal or failure goes back to the sheet to show.
 */
public final class QuestionViewModel {
    private final JournalSession session;
    private final Background background;
    private final ObservableList<SurveyQuestion> past = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public QuestionViewModel(JournalSession session, Background background) {
        this.session = session;
        this.background = background;
    }

    /** Reads the questions asked before; if they cannot be read the sheet simply shows none. */
    public void load() {
        background.run(() -> session.health().questions(), past::setAll, t -> past.clear());
    }

    /** Stores the question; {@code saved} gets it as stored, or {@code failed} why it was not. A second save while one runs does nothing. */
    public void save(SurveyQuestion asked, Consumer<SurveyQuestion> saved, Consumer<Throwable> failed) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        background.run(() -> session.health().saveQuestion(asked), q -> {
            busy.set(false);
            saved.accept(q);
        }, t -> {
            busy.set(false);
            failed.accept(t);
        });
    }

    /** The questions asked before, as read. */
    public ObservableList<SurveyQuestion> past() {
        return past;
    }

    /** True while the question is being stored. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
