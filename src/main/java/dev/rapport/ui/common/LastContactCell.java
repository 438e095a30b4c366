package dev.rapport.ui.common;

import dev.rapport.model.RhythmState;

import java.util.function.Function;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

/** The rhythm mark (colour and shape) and "12 days ago", the same on every list that shows when someone was last in touch. */
public final class LastContactCell<S> extends TableCell<S, S> {
    private final Function<S, RhythmState> rhythm;
    private final Function<S, Long> daysSince;

    public LastContactCell(Function<S, RhythmState> rhythm, Function<S, Long> daysSince) {
        this.rhythm = rhythm;
        this.daysSince = daysSince;
    }

    @Override
    protected void updateItem(S row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        RhythmState state = rhythm.apply(row);
        Label days = new Label(Formats.daysAgo(daysSince.apply(row)));
        HBox box = new HBox(8, RhythmMark.of(state), days);
        // a screen reader reads the row's cell as one: "12 days ago, Amber: past the ideal"
        setAccessibleText(days.getText() + ", " + RhythmMark.word(state));
        box.setAlignment(Pos.CENTER_LEFT);
        setGraphic(box);
        setText(null);
    }
}
