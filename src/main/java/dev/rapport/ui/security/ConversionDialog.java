package dev.rapport.ui.security;

import dev.rapport.i18n.I18n;
import atlantafx.base.theme.Styles;
import dev.rapport.logic.EncryptionService;
import dev.rapport.logic.JournalSession;
import dev.rapport.ui.common.Background;

import java.util.function.Consumer;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** A progress bar over a journal conversion (encrypt or decrypt) that runs off the FX thread. */
public final class ConversionDialog extends Dialog<Void> {
    /** The conversion; reports progress and returns the journal opened again. */
    @FunctionalInterface
    public interface Work {
        JournalSession run(EncryptionService.Progress progress) throws Exception;
    }

    private final Label step = new Label(I18n.t("security.starting"));
    private final ProgressBar bar = new ProgressBar(0);
    private final ButtonType closeType = new ButtonType(I18n.t("dialogs.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);

    public ConversionDialog(Window owner, String title) {
        if (owner != null && owner.isShowing()) {
            initOwner(owner);
        }
        setTitle("Rapport");
        setHeaderText(title);
        step.setId("conversionStep");
        step.getStyleClass().add(Styles.TEXT_MUTED);
        bar.setId("conversionProgress");
        bar.setPrefWidth(360);
        getDialogPane().setContent(new VBox(10, bar, step));
        getDialogPane().getButtonTypes().add(closeType);
        getDialogPane().lookupButton(closeType).setDisable(true);
    }

    /** Shows the dialog and runs the work; closes itself when done and hands on the result. */
    public void run(Background background, Work work, Consumer<JournalSession> onDone, Consumer<Throwable> onFailure) {
        show();
        background.run(() -> work.run((what, fraction) -> Background.onFx(() -> {
            step.setText(what);
            bar.setProgress(fraction);
        })), session -> {
            finish();
            onDone.accept(session);
        }, failure -> {
            finish();
            onFailure.accept(failure);
        });
    }

    private void finish() {
        getDialogPane().lookupButton(closeType).setDisable(false);
        close();
    }

    public double progress() {
        return bar.getProgress();
    }
}
