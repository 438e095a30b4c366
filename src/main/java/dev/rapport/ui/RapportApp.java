package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.model.RapportException;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.settings.TextSize;

import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * The desktop application: takes what the start thread prepared (the theme, the journal), hands
 * the window to {@link JournalSwitch}, and on exit saves where the window stood and closes the journal.
 */
public final class RapportApp extends Application {
    private static final Logger LOG = Logger.getLogger(RapportApp.class.getName());

    private Stage stage;
    private JournalSwitch journals;

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        dev.rapport.logic.sync.SyncWiring.useFolderUnlessSet();
        StartPreparation.Ready ready = Desktop.preparation().await();
        ready.theme().apply();
        TextSize.saved().apply();
        // one journal thread for the whole app: the journal's connection serialises work anyway, and order is kept
        Background background = Background.singleThread();
        journals = new JournalSwitch(new JournalWindow(stage, background), background);
        try {
            if (ready.failure() != null) {
                throw ready.failure();
            }
            journals.start(ready);
        } catch (RapportException e) {
            LOG.log(Level.WARNING, "Could not open the journal", e);
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage(), new ButtonType(I18n.t("dialogs.ok"), ButtonBar.ButtonData.OK_DONE));
            alert.setTitle("Rapport");
            alert.setHeaderText(I18n.t("app.openFailed"));
            alert.showAndWait();
            Platform.exit();
        }
    }

    /** What replaces the open journal (tests carry these out as the menus would). */
    JournalActions journals() {
        return journals;
    }

    @Override
    public void stop() {
        WindowPlacement.save(stage);
        if (journals != null) {
            journals.stop();
        }
    }
}
