package dev.rapport.ui.settings;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.CalendarRounds;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.Spoken;
import dev.rapport.ui.common.TextScale;

import java.io.File;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * Settings → Calendars: the subscribed calendars (a private .ics address or a local file), each with
 * what it is shown as (never its secret address), its last good read and, when the last read failed,
 * why; Read now, for one or all; Remove, after a question; and how often they are read by themselves.
 * Its state lives in the journal's {@link CalendarSettingsModel}, which the card built again takes up.
 */
final class CalendarSettings implements SettingsSection {
    private final CalendarSettingsModel model;
    private final ListView<CalendarSettingsModel.Row> list = new ListView<>();

    CalendarSettings(SettingsParts parts) {
        this.model = CalendarSettingsModel.of(parts.app());
        model.load(); // the rows' words in the language the card is built in
    }

    @Override
    public Node node() {
        VBox body = new VBox(10, adding(), list(), actions(), interval(), progress(), messages());
        VBox card = SettingsCards.card(I18n.t("calendars.settings.title"), I18n.t("calendars.settings.description"), body);
        card.setId("settings-calendars");
        return card;
    }

    private Node adding() {
        TextField address = new TextField();
        address.setId("settings-calendar-address");
        address.setPromptText(I18n.t("calendars.settings.addressPrompt"));
        address.textProperty().bindBidirectional(model.addressProperty());
        address.setOnAction(e -> model.add());
        HBox.setHgrow(address, Priority.ALWAYS);
        TextField name = new TextField();
        name.setId("settings-calendar-name");
        name.setPrefColumnCount(10);
        name.setPromptText(I18n.t("calendars.settings.namePrompt"));
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setOnAction(e -> model.add());
        Button add = new Button(I18n.t("calendars.settings.add"), Icons.of(Feather.PLUS));
        add.setId("settings-calendar-add");
        add.setOnAction(e -> model.add());
        Button file = new Button(I18n.t("calendars.settings.chooseFile"), Icons.of(Feather.FILE));
        file.setId("settings-calendar-file");
        file.setOnAction(e -> chooseFile(file));
        HBox first = new HBox(8, Spoken.label(I18n.t("calendars.settings.address"), address), address);
        first.setAlignment(Pos.CENTER_LEFT);
        FlowPane second = new FlowPane(8, 8, SettingsCards.pair(Spoken.label(I18n.t("calendars.settings.name"), name), name), add, file);
        second.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, first, second);
    }

    private void chooseFile(Node owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("calendars.settings.chooseFileTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("calendars.settings.icsFiles"), "*.ics"));
        File chosen = chooser.showOpenDialog(owner.getScene().getWindow());
        if (chosen != null) {
            model.addFile(chosen.toPath());
        }
    }

    private Node list() {
        list.setId("settings-calendar-list");
        list.setItems(model.calendars());
        list.setPrefHeight(TextScale.em(9));
        Label empty = new Label(I18n.t("calendars.settings.empty"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        Spoken.name(list, "calendars.settings.listName");
        list.setCellFactory(l -> new RowCell());
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            CalendarSettingsModel.Row row = list.getSelectionModel().getSelectedItem();
            if (row != null && (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)) {
                model.remove(row);
                e.consume();
            }
        });
        return list;
    }

    /** The buttons stay on while a read runs (the model takes one command at a time), so focus does not jump away from them. */
    private Node actions() {
        var none = list.getSelectionModel().selectedItemProperty().isNull();
        Button read = new Button(I18n.t("calendars.settings.read"), Icons.of(Feather.REFRESH_CW));
        read.setId("settings-calendar-read");
        read.disableProperty().bind(none);
        read.setOnAction(e -> model.read(list.getSelectionModel().getSelectedItem()));
        Button readAll = new Button(I18n.t("calendars.settings.readAll"), Icons.of(Feather.REFRESH_CW));
        readAll.setId("settings-calendar-read-all");
        readAll.getStyleClass().add(Styles.ACCENT);
        readAll.disableProperty().bind(Bindings.isEmpty(model.calendars()));
        readAll.setOnAction(e -> model.readAll());
        Button remove = new Button(I18n.t("calendars.settings.remove"), Icons.of(Feather.TRASH_2));
        remove.setId("settings-calendar-remove");
        remove.disableProperty().bind(none);
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        FlowPane buttons = new FlowPane(8, 8, read, readAll, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return buttons;
    }

    private Node interval() {
        ComboBox<Integer> every = new ComboBox<>();
        every.setId("settings-calendar-interval");
        every.getItems().setAll(CalendarRounds.CHOICES);
        every.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer minutes) {
                return CalendarSettingsModel.intervalText(minutes);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        every.valueProperty().bindBidirectional(model.intervalProperty());
        every.valueProperty().addListener((o, was, now) -> model.saveInterval(now));
        return SettingsCards.pair(Spoken.label(I18n.t("calendars.settings.interval"), every), every);
    }

    private Node progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("settings-calendar-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Spoken.name(bar, "calendars.settings.reading");
        bar.visibleProperty().bind(model.busyProperty());
        bar.managedProperty().bind(model.busyProperty());
        return bar;
    }

    private Node messages() {
        Label error = new Label();
        error.setId("settings-calendar-error");
        error.setWrapText(true);
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Label said = new Label();
        said.setId("settings-calendar-said");
        said.setWrapText(true);
        said.textProperty().bind(model.saidProperty());
        said.managedProperty().bind(said.textProperty().isNotEmpty());
        return new VBox(6, error, said);
    }

    /** A calendar's row: its name, what its address is shown as, the last good read, and why the last read failed. */
    private static final class RowCell extends ListCell<CalendarSettingsModel.Row> {
        @Override
        protected void updateItem(CalendarSettingsModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            Label title = new Label(row.title());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label shown = new Label(row.shown());
            shown.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            HBox head = new HBox(8, title, shown);
            head.setAlignment(Pos.BASELINE_LEFT);
            Label read = new Label(row.lastRead());
            read.getStyleClass().add(Styles.TEXT_SMALL);
            VBox box = new VBox(2, head, read);
            if (row.failing()) {
                Label failure = new Label(row.failure());
                failure.setWrapText(true);
                failure.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
                failure.setMinHeight(Region.USE_PREF_SIZE);
                // wraps within the list's width rather than running past the cell's edge
                failure.maxWidthProperty().bind(getListView().widthProperty().subtract(TextScale.em(3)));
                box.getChildren().add(failure);
            }
            setText(null);
            setPrefWidth(0);
            setGraphic(box);
            setAccessibleText(String.join(", ", row.title(), row.shown(), row.lastRead()) + (row.failing() ? ", " + row.failure() : ""));
        }
    }
}
