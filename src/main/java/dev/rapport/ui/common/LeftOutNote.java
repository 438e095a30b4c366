package dev.rapport.ui.common;

import dev.rapport.i18n.I18n;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;

/**
 * A muted line saying how many rows a screen's figures left out because they break the journal's
 * rules, and where to see them; absent when none were.
 */
public final class LeftOutNote extends Label {
    public LeftOutNote(String id) {
        setId(id);
        getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        setWrapText(true);
        show(0);
    }

    /** Shows the count of rows left out so far, or hides the line when there are none. */
    public void show(int leftOut) {
        setText(leftOut > 0 ? I18n.plural("common.leftOut", leftOut) : "");
        setVisible(leftOut > 0);
        setManaged(leftOut > 0);
    }
}
