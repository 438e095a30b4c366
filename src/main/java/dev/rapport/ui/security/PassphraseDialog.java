package dev.rapport.ui.security;

import dev.rapport.i18n.I18n;
import atlantafx.base.theme.Styles;
import dev.rapport.logic.EncryptionService;
import dev.rapport.model.RapportException;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a passphrase: a new one (typed twice, checked against the rules) or the current one
 * (checked against the open journal). Problems are said under the fields; the dialog stays.
 */
public final class PassphraseDialog extends Dialog<char[]> {
    private final PasswordField first = new PasswordField();
    private final PasswordField again = new PasswordField();
    private final Label error = new Label();

    private PassphraseDialog(Window owner, String title, String prompt, String action, boolean fresh, Predicate<char[]> check) {
        if (owner != null && owner.isShowing()) {
            initOwner(owner);
        }
        setTitle("Rapport");
        setHeaderText(title);
        ButtonType ok = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(new ButtonType(I18n.t("dialogs.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE), ok);
        Button okButton = (Button) getDialogPane().lookupButton(ok);
        okButton.setId("passphraseOk");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            String problem = problem(fresh, check);
            if (problem != null) {
                e.consume();
                error.setText(problem);
                error.setVisible(true);
                first.clear();
                again.clear();
                first.requestFocus();
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        setResultConverter(button -> button == ok ? first.getText().toCharArray() : null);
        first.setId(fresh ? "newPassphrase" : "currentPassphrase");
        first.setPromptText(I18n.t(fresh ? "security.field.new" : "security.field.passphrase"));
        again.setId("newPassphraseAgain");
        dev.rapport.ui.common.Spoken.name(first, fresh ? "security.field.new" : "security.field.passphrase");
        dev.rapport.ui.common.Spoken.name(again, "security.field.again");
        again.setPromptText(I18n.t("security.field.again"));
        error.setId("passphraseError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setMaxWidth(360);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        Label text = new Label(prompt);
        text.setWrapText(true);
        text.setMaxWidth(360);
        VBox box = new VBox(8, text, first);
        if (fresh) {
            box.getChildren().add(again);
        }
        box.getChildren().add(error);
        box.setPrefWidth(380);
        getDialogPane().setContent(box);
        setOnShown(e -> first.requestFocus());
    }

    /** A new passphrase, typed twice. */
    public static PassphraseDialog fresh(Window owner, String title, String prompt, String action) {
        return new PassphraseDialog(owner, title, prompt, action, true, p -> true);
    }

    /** The current passphrase, checked with {@code matches} (e.g. the session's). */
    public static PassphraseDialog current(Window owner, String title, String prompt, String action, Predicate<char[]> matches) {
        return new PassphraseDialog(owner, title, prompt, action, false, matches);
    }

    /** Shows the dialog without blocking; {@code then} gets the passphrase when one was given. */
    public void ask(Consumer<char[]> then) {
        setOnHidden(e -> {
            char[] result = getResult();
            if (result != null) {
                then.accept(result);
            }
        });
        show();
    }

    private String problem(boolean fresh, Predicate<char[]> check) {
        char[] typed = first.getText().toCharArray();
        try {
            if (fresh) {
                EncryptionService.requireStrongEnough(typed);
                return first.getText().equals(again.getText()) ? null : I18n.t("security.differ");
            }
            if (typed.length == 0) {
                return I18n.t("security.typeFirst");
            }
            return check.test(typed) ? null : I18n.t("security.wrong");
        } catch (RapportException e) {
            return e.getMessage();
        } finally {
            Arrays.fill(typed, '\0');
        }
    }
}
