package dev.rapport.ui.common;

import atlantafx.base.theme.Styles;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A form's title, and beneath it in muted words what the sheet is for (when it says). Both wrap rather than cut. */
final class FormHeading {
    private FormHeading() {
    }

    static VBox of(String title, String subtitle) {
        Label heading = wrapped(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        if (subtitle == null || subtitle.isEmpty()) {
            return new VBox(heading);
        }
        Label sub = wrapped(subtitle);
        sub.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(4, heading, sub);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
