package dev.rapport.ui.security;

import dev.rapport.i18n.I18n;
import atlantafx.base.theme.Styles;
import dev.rapport.logic.JournalSession;
import dev.rapport.ui.common.Background;

import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for an encrypted journal's passphrase and opens it off the FX thread (deriving the key
 * takes a moment). A wrong passphrase is said under the field; after {@value #MAX_ATTEMPTS} wrong
 * ones the dialog closes with no session. The passphrase is never stored.
 */
public final class UnlockDialog extends Dialog<JournalSession> {
    private static final Logger LOG = Logger.getLogger(UnlockDialog.class.getName());
    public static final int MAX_ATTEMPTS = 5;

    /** Opens the journal with a passphrase; throws with a user-facing message when it cannot. */
    @FunctionalInterface
    public interface Opener {
        JournalSession open(char[] passphrase);
    }

    private final PasswordField passphrase = new PasswordField();
    private final Label error = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Button unlock;
    private int attempts;
    private boolean working;

    public UnlockDialog(Window owner, String journalName, Background background, Opener opener) {
        if (owner != null && owner.isShowing()) {
            initOwner(owner);
        }
        setTitle(I18n.t("security.unlock.title"));
        setHeaderText(I18n.t("security.unlock.header", journalName));
        ButtonType unlockType = new ButtonType(I18n.t("security.unlock.action"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(new ButtonType(I18n.t("dialogs.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE), unlockType);
        unlock = (Button) getDialogPane().lookupButton(unlockType);
        unlock.setId("unlockButton");
        unlock.setDefaultButton(true);
        unlock.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            attempt(background, opener);
        });
        setResultConverter(button -> null);
        getDialogPane().setContent(content());
        setOnShown(e -> passphrase.requestFocus());
    }

    private VBox content() {
        Label prompt = new Label(I18n.t("security.unlock.prompt"));
        prompt.setWrapText(true);
        passphrase.setId("unlockPassphrase");
        dev.rapport.ui.common.Spoken.name(passphrase, "security.field.passphrase");
        passphrase.setPromptText(I18n.t("security.field.passphrase"));
        passphrase.setPrefColumnCount(28);
        error.setId("unlockError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setMaxWidth(360);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        busy.setPrefSize(18, 18);
        busy.setVisible(false);
        HBox field = new HBox(8, passphrase, busy);
        VBox box = new VBox(8, prompt, field, error);
        box.setPrefWidth(380);
        return box;
    }

    private void attempt(Background background, Opener opener) {
        if (working) {
            return;
        }
        if (passphrase.getText().isEmpty()) {
            showError(I18n.t("security.typeFirst"));
            return;
        }
        char[] typed = passphrase.getText().toCharArray();
        setWorking(true);
        background.run(() -> {
            try {
                return opener.open(typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, session -> {
            setWorking(false);
            passphrase.clear();
            setResult(session);
            close();
        }, failure -> {
            setWorking(false);
            attempts++;
            passphrase.clear();
            LOG.log(Level.INFO, "Unlocking failed", failure);
            String message = failure.getMessage() == null ? I18n.t("security.unlock.failed") : failure.getMessage();
            if (attempts >= MAX_ATTEMPTS) {
                showError(message);
                setResult(null);
                close();
            } else {
                showError(MAX_ATTEMPTS - attempts == 1 ? I18n.t("security.unlock.lastTry", message) : message);
                passphrase.requestFocus();
            }
        });
    }

    private void setWorking(boolean on) {
        working = on;
        busy.setVisible(on);
        unlock.setDisable(on);
        passphrase.setDisable(on);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    public int attempts() {
        return attempts;
    }
}
