package dev.rapport.ui.common;

import dev.rapport.i18n.I18n;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.function.Supplier;

/** Dialogs as JavaFX alerts owned by the main window. */
public final class AlertDialogs implements Dialogs {
    private final Supplier<Window> owner;

    public AlertDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
        Alert alert = confirmation(owner.get(), title, message, actionLabel);
        ButtonType action = alert.getButtonTypes().get(1);
        return alert.showAndWait().filter(action::equals).isPresent();
    }

    /** The alert {@link #confirm} shows: Cancel, the default, then the action, marked as dangerous. */
    public static Alert confirmation(Window owner, String title, String message, String actionLabel) {
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("dialogs.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, cancel, action);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner);
        // Cancel is the default: Enter must not destroy anything.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(action)).setDefaultButton(false);
        alert.getDialogPane().lookupButton(action).getStyleClass().add("danger");
        return alert;
    }

    @Override
    public int choose(String title, String message, java.util.List<String> options) {
        Alert alert = choice(owner.get(), title, message, options);
        java.util.List<ButtonType> buttons = alert.getButtonTypes().subList(0, options.size());
        return alert.showAndWait().map(buttons::indexOf).orElse(-1);
    }

    /** The alert {@link #choose} shows: one button an option, then Cancel, the default. */
    public static Alert choice(Window owner, String title, String message, java.util.List<String> options) {
        ButtonType cancel = new ButtonType(I18n.t("dialogs.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        java.util.List<ButtonType> buttons = new java.util.ArrayList<>();
        for (String option : options) {
            buttons.add(new ButtonType(option, ButtonBar.ButtonData.OTHER));
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message);
        alert.getButtonTypes().setAll(buttons);
        alert.getButtonTypes().add(cancel);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        wholeButtons(alert);
        return alert;
    }

    /** Long button texts in some languages ("Ištrinti su visais duomenimis"): the dialog widens, the buttons are never cut. */
    private static void wholeButtons(Alert alert) {
        for (ButtonType type : alert.getButtonTypes()) {
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(type)).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        alert.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    @Override
    public void error(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void info(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        notice(owner.get(), type, title, message).showAndWait();
    }

    /** The alert {@link #error} and {@link #info} show: the message and OK. */
    public static Alert notice(Window owner, Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, new ButtonType(I18n.t("dialogs.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner);
        return alert;
    }
}
