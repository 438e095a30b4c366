package dev.rapport.ui.common;

import dev.rapport.model.RhythmState;

import java.util.function.Function;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;

/** The rhythm dot and "12 days ago", the same on every list that shows when someone was last in touch. */
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
            return;
        }
        Circle dot = new Circle(5);
        dot.getStyleClass().addAll("rhythm-dot", Formats.rhythmStyle(rhythm.apply(row)));
        HBox box = new HBox(8, dot, new Label(Formats.daysAgo(daysSince.apply(row))));
        box.setAlignment(Pos.CENTER_LEFT);
        setGraphic(box);
        setText(null);
    }
}
