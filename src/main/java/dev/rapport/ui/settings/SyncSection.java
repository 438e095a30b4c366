package dev.rapport.ui.settings;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.sync.SyncSettings;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.Spoken;
import dev.rapport.ui.common.TextScale;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * Settings → Sync: the folder the devices share, this device's name, the passphrase that seals the
 * folder, how often it syncs by itself, Sync now with its progress and Cancel, what the last round
 * did, the other devices and when each last wrote, and the recent concurrent edits, each of which T
 * takes back. Before a folder is chosen only the choice shows. Its state is the journal's
 * {@link SyncSettingsModel}, shared with the top bar.
 */
final class SyncSection implements SettingsSection {
    private final SyncSettingsModel model;
    private final BooleanBinding chosen;

    SyncSection(SettingsParts parts) {
        this.model = SyncSettingsModel.of(parts.app());
        this.chosen = model.folderProperty().isNotEmpty();
        model.load();
    }

    @Override
    public Node node() {
        VBox rest = new VBox(10, device(), passphrase(), interval(), syncing(), messages(), devices(), edits());
        rest.visibleProperty().bind(chosen);
        rest.managedProperty().bind(chosen);
        VBox card = SettingsCards.card(I18n.t("syncing.settings.title"), I18n.t("syncing.settings.description"),
                new VBox(10, folder(), empty(), rest));
        card.setId("settings-sync");
        return card;
    }

    private Node folder() {
        TextField shown = new TextField();
        shown.setId("settings-sync-folder");
        shown.setEditable(false);
        shown.setFocusTraversable(false);
        shown.setPromptText(I18n.t("syncing.settings.noFolder"));
        shown.textProperty().bind(model.folderProperty());
        HBox.setHgrow(shown, Priority.ALWAYS);
        Button choose = new Button(I18n.t("syncing.settings.choose"), Icons.of(Feather.FOLDER));
        choose.setId("settings-sync-choose");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> model.chooseFolder(FolderChoice.current().choose(choose.getScene().getWindow(),
                I18n.t("syncing.settings.chooseTitle"))));
        HBox row = new HBox(8, Spoken.label(I18n.t("syncing.settings.folder"), shown), shown, choose);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node empty() {
        Label empty = new Label(I18n.t("syncing.settings.empty"));
        empty.setId("settings-sync-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.visibleProperty().bind(chosen.not());
        empty.managedProperty().bind(chosen.not());
        return empty;
    }

    private Node device() {
        TextField name = new TextField();
        name.setId("settings-sync-device");
        name.setPrefColumnCount(16);
        name.textProperty().bindBidirectional(model.deviceNameProperty());
        name.setOnAction(e -> model.saveDeviceName());
        Button save = new Button(I18n.t("syncing.settings.saveName"));
        save.setId("settings-sync-device-save");
        save.setOnAction(e -> model.saveDeviceName());
        FlowPane row = new FlowPane(8, 8, SettingsCards.pair(Spoken.label(I18n.t("syncing.settings.device"), name), name), save);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node passphrase() {
        PasswordField typed = new PasswordField();
        typed.setId("settings-sync-passphrase");
        typed.setPrefColumnCount(16);
        typed.textProperty().bindBidirectional(model.passphraseProperty());
        typed.setOnAction(e -> model.savePassphrase());
        Button keep = new Button(I18n.t("syncing.settings.keepPassphrase"));
        keep.setId("settings-sync-passphrase-keep");
        keep.setOnAction(e -> model.savePassphrase());
        String label = I18n.t(model.journalEncrypted() ? "syncing.settings.journalPassphrase" : "syncing.settings.passphrase");
        FlowPane row = new FlowPane(8, 8, SettingsCards.pair(Spoken.label(label, typed), typed), keep);
        row.setAlignment(Pos.CENTER_LEFT);
        Label kept = new Label();
        kept.setId("settings-sync-passphrase-state");
        kept.setWrapText(true);
        kept.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        kept.textProperty().bind(Bindings.when(model.passphraseKeptProperty())
                .then(I18n.t("syncing.settings.passphraseKept")).otherwise(I18n.t(model.journalEncrypted()
                        ? "syncing.settings.journalPassphraseNeeded" : "syncing.settings.passphraseNeeded")));
        return new VBox(4, row, kept);
    }

    private Node interval() {
        ComboBox<Integer> every = new ComboBox<>();
        every.setId("settings-sync-interval");
        every.getItems().setAll(SyncSettings.CHOICES);
        every.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer minutes) {
                return SyncSettingsModel.intervalText(minutes);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        every.valueProperty().bindBidirectional(model.intervalProperty());
        every.valueProperty().addListener((o, was, now) -> model.saveInterval(now));
        return SettingsCards.pair(Spoken.label(I18n.t("syncing.settings.interval"), every), every);
    }

    /** Sync now stays on while a round runs (the model runs one at a time), so focus does not jump away from it. */
    private Node syncing() {
        Button now = new Button(I18n.t("syncing.settings.syncNow"), Icons.of(Feather.REFRESH_CW));
        now.setId("settings-sync-now");
        now.getStyleClass().add(Styles.ACCENT);
        now.setOnAction(e -> model.syncNow());
        ProgressBar bar = new ProgressBar();
        bar.setId("settings-sync-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Spoken.name(bar, "syncing.settings.progress");
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(I18n.t("dialogs.cancel"));
        cancel.setId("settings-sync-cancel");
        cancel.setOnAction(e -> model.cancel());
        HBox running = new HBox(8, bar, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.runningProperty());
        running.managedProperty().bind(model.runningProperty());
        HBox.setHgrow(running, Priority.ALWAYS);
        HBox row = new HBox(8, now, running);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node messages() {
        Label error = new Label();
        error.setId("settings-sync-error");
        error.setWrapText(true);
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Label said = new Label();
        said.setId("settings-sync-said");
        said.setWrapText(true);
        said.textProperty().bind(model.saidProperty());
        said.managedProperty().bind(said.textProperty().isNotEmpty());
        return new VBox(6, error, said);
    }

    private Node devices() {
        ListView<SyncSettingsModel.DeviceRow> list = new ListView<>(model.devices());
        list.setId("settings-sync-devices");
        list.setPrefHeight(TextScale.em(6));
        list.setPlaceholder(placeholder("syncing.settings.noDevices"));
        list.setCellFactory(l -> new TextCell<>(SyncSettingsModel.DeviceRow::text));
        Label heading = Spoken.label(I18n.t("syncing.settings.devices"), list);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        return new VBox(6, heading, list);
    }

    private Node edits() {
        ListView<SyncSettingsModel.EditRow> list = new ListView<>(model.edits());
        list.setId("settings-sync-edits");
        list.setPrefHeight(TextScale.em(9));
        list.setPlaceholder(placeholder("syncing.settings.noEdits"));
        list.setCellFactory(l -> new TextCell<>(SyncSettingsModel.EditRow::text));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            SyncSettingsModel.EditRow row = list.getSelectionModel().getSelectedItem();
            if (row != null && e.getCode() == KeyCode.T && !e.isShortcutDown() && !e.isAltDown()) {
                model.takeBack(row);
                e.consume();
            }
        });
        Button takeBack = new Button(I18n.t("syncing.settings.takeBack"), Icons.of(Feather.CORNER_UP_LEFT));
        takeBack.setId("settings-sync-take-back");
        takeBack.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        takeBack.setOnAction(e -> model.takeBack(list.getSelectionModel().getSelectedItem()));
        Label heading = Spoken.label(I18n.t("syncing.settings.edits"), list);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Label hint = new Label(I18n.t("syncing.settings.editsHint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return new VBox(6, heading, hint, list, takeBack);
    }

    private static Label placeholder(String key) {
        Label empty = new Label(I18n.t(key));
        empty.setWrapText(true);
        return empty;
    }

    /** A row of words that wraps within the list rather than running past its edge. */
    private static final class TextCell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> words;

        TextCell(java.util.function.Function<T, String> words) {
            this.words = words;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            Label text = new Label(words.apply(item));
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.maxWidthProperty().bind(getListView().widthProperty().subtract(TextScale.em(3)));
            setText(null);
            setPrefWidth(0);
            setGraphic(text);
            setAccessibleText(text.getText());
        }
    }
}
