package dev.rapport.ui.common;

import dev.rapport.i18n.I18n;
import atlantafx.base.theme.Styles;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** The bottom line: what was just done, with Undo for a few seconds where it is cheap. */
public final class StatusLine extends HBox {
    private final Label message = new Label();
    private final Button undo = new Button(I18n.t("dialogs.undo"));
    private final Label journal = new Label();
    private final PauseTransition hideUndo = new PauseTransition(Duration.seconds(10));
    private Runnable undoAction;

    public StatusLine() {
        getStyleClass().add("status-line");
        setPadding(new Insets(4, 12, 4, 12));
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        message.setId("status-message");
        undo.setId("status-undo");
        undo.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, Styles.ACCENT);
        undo.setVisible(false);
        undo.setOnAction(e -> {
            Runnable action = undoAction;
            hide();
            if (action != null) {
                try {
                    action.run();
                } catch (dev.rapport.model.RapportException failed) {
                    message.setText(failed.getMessage());
                }
            }
        });
        hideUndo.setOnFinished(e -> hide());
        journal.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, undo, spacer, journal);
    }

    public void say(String text) {
        message.setText(text);
        hide();
    }

    public void sayWithUndo(String text, Runnable undoAction) {
        message.setText(text);
        this.undoAction = undoAction;
        undo.setVisible(true);
        hideUndo.playFromStart();
    }

    public void setJournal(String text) {
        journal.setText(text);
    }

    private void hide() {
        undo.setVisible(false);
        undoAction = null;
    }
}
