package dev.rapport.ui.settings;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.Spoken;
import dev.rapport.ui.common.Writes;
import dev.rapport.ui.data.MailFolderReading;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;

/**
 * Settings → Mail folders: the local folders Rapport reads new mail from (a Thunderbird profile or one
 * of its mbox files, a Maildir), chosen once and kept in the journal's settings; Check now, with a
 * progress bar and Cancel while it reads. A path can be typed or pasted (Enter adds it) or browsed for.
 */
final class MailFolderSettings {
    private final AppContext app;
    private final Consumer<String> confirm;
    private final MailFolderReading reading;
    private final ListView<String> folders = new ListView<>();
    private final TextField path = new TextField();
    private final Label error = new Label();

    MailFolderSettings(AppContext app, Consumer<String> confirm) {
        this.app = app;
        this.confirm = confirm;
        this.reading = MailFolderReading.of(app);
    }

    Node node() {
        folders.setId("settings-mail-folder-list");
        folders.setPrefHeight(dev.rapport.ui.common.TextScale.em(7));
        folders.setPlaceholder(new Label(I18n.t("mailFolders.settings.empty")));
        Spoken.name(folders, "mailFolders.settings.listName");
        folders.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && folders.getSelectionModel().getSelectedItem() != null) {
                remove(folders.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        path.setId("settings-mail-folder-path");
        path.setPromptText(I18n.t("mailFolders.settings.pathPrompt"));
        path.setOnAction(e -> add(path.getText()));
        HBox.setHgrow(path, Priority.ALWAYS);
        Button browseFolder = new Button(I18n.t("mailFolders.settings.browseFolder"), Icons.of(Feather.FOLDER));
        browseFolder.setId("settings-mail-folder-browse");
        browseFolder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(I18n.t("mailFolders.settings.chooseFolder"));
            File chosen = chooser.showDialog(path.getScene().getWindow());
            if (chosen != null) {
                add(chosen.toString());
            }
        });
        Button browseFile = new Button(I18n.t("mailFolders.settings.browseFile"), Icons.of(Feather.FILE));
        browseFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.t("mailFolders.settings.chooseFile"));
            File chosen = chooser.showOpenDialog(path.getScene().getWindow());
            if (chosen != null) {
                add(chosen.toString());
            }
        });
        Button add = new Button(I18n.t("mailFolders.settings.add"), Icons.of(Feather.PLUS));
        add.setId("settings-mail-folder-add");
        add.setOnAction(e -> add(path.getText()));
        Label pathLabel = Spoken.label(I18n.t("mailFolders.settings.path"), path);
        HBox adding = new HBox(8, pathLabel, path, add);
        adding.setAlignment(Pos.CENTER_LEFT);
        Button remove = new Button(I18n.t("mailFolders.settings.remove"), Icons.of(Feather.TRASH_2));
        remove.setId("settings-mail-folder-remove");
        remove.disableProperty().bind(folders.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> remove(folders.getSelectionModel().getSelectedItem()));
        Button check = new Button(I18n.t("mailFolders.settings.check"), Icons.of(Feather.REFRESH_CW));
        check.setId("settings-mail-folder-check");
        check.getStyleClass().add(Styles.ACCENT);
        check.disableProperty().bind(reading.runningProperty().or(javafx.beans.binding.Bindings.isEmpty(folders.getItems())));
        check.setOnAction(e -> reading.check());
        FlowPane buttons = new FlowPane(8, 8, browseFolder, browseFile, remove, check);
        buttons.setAlignment(Pos.CENTER_LEFT);
        ProgressBar bar = new ProgressBar();
        bar.setId("settings-mail-folder-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(reading.progressProperty());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(I18n.t("dialogs.cancel"));
        cancel.setId("settings-mail-folder-cancel");
        cancel.setOnAction(e -> reading.cancel());
        HBox running = new HBox(8, bar, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(reading.runningProperty());
        running.managedProperty().bind(reading.runningProperty());
        Label said = new Label();
        said.setId("settings-mail-folder-said");
        said.setWrapText(true);
        said.textProperty().bind(reading.saidProperty());
        said.managedProperty().bind(said.textProperty().isNotEmpty());
        error.setId("settings-mail-folder-error");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        load();
        Label t = new Label(I18n.t("mailFolders.settings.title"));
        t.getStyleClass().add(Styles.TITLE_4);
        Label d = new Label(I18n.t("mailFolders.settings.description"));
        d.getStyleClass().add(Styles.TEXT_MUTED);
        d.setWrapText(true);
        VBox card = new VBox(10, t, d, folders, adding, error, buttons, running, said);
        card.setId("settings-mail-card");
        card.getStyleClass().add("header-card");
        card.setMaxWidth(dev.rapport.ui.common.TextScale.em(64));
        return card;
    }

    private void load() {
        app.background().run(() -> app.session().settings().current().mailFolders(), folders.getItems()::setAll,
                failure -> error.setText(failure.getMessage()));
    }

    private void add(String typed) {
        String folder = typed == null ? "" : typed.strip();
        if (folder.isEmpty()) {
            error.setText(I18n.t("mailFolders.settings.pathEmpty"));
            return;
        }
        if (!exists(folder)) {
            error.setText(I18n.t("mailFolders.settings.pathMissing", folder));
            return;
        }
        List<String> next = new ArrayList<>(folders.getItems());
        if (next.contains(folder)) {
            error.setText(I18n.t("mailFolders.settings.already", folder));
            return;
        }
        next.add(folder);
        save(next, () -> {
            path.clear();
            confirm.accept(I18n.t("mailFolders.settings.added", folder));
        });
    }

    private static boolean exists(String folder) {
        try {
            return java.nio.file.Files.exists(java.nio.file.Path.of(folder));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private void remove(String folder) {
        List<String> next = new ArrayList<>(folders.getItems());
        next.remove(folder);
        save(next, () -> confirm.accept(I18n.t("mailFolders.settings.removed", folder)));
    }

    private void save(List<String> next, Runnable then) {
        Writes.run(app, () -> app.session().settings().update(s -> s.withMailFolders(next)).mailFolders(), saved -> {
            error.setText("");
            folders.getItems().setAll(saved);
            then.run();
        }, failure -> error.setText(failure.getMessage()));
    }
}
