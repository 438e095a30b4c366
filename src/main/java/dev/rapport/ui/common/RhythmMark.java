package dev.rapport.ui.common;

import dev.rapport.i18n.I18n;
import dev.rapport.model.RhythmState;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The rhythm's mark, the same on every screen: green, amber or red, and a shape of its own for
 * each (a circle within the ideal, a triangle past it, a diamond past the maximum, a dash for
 * never), so the colour is never the only sign; a screen reader and the tooltip say it in words.
 */
public final class RhythmMark {
    private RhythmMark() {
    }

    public static Region of(RhythmState state) {
        Region mark = new Region();
        mark.getStyleClass().addAll("rhythm-mark", Formats.rhythmStyle(state));
        String word = word(state);
        mark.setAccessibleRole(AccessibleRole.TEXT);
        mark.setAccessibleText(word);
        Tooltip.install(mark, new Tooltip(word));
        return mark;
    }

    /** The rhythm state in words: "Amber: past the ideal". */
    public static String word(RhythmState state) {
        return switch (state) {
            case GREEN -> I18n.t("clients.rhythm.green");
            case AMBER -> I18n.t("clients.rhythm.amber");
            case RED -> I18n.t("clients.rhythm.red");
            case NEVER -> I18n.t("clients.rhythm.never");
        };
    }
}
