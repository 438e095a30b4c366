package dev.rapport.ui.journal;

import dev.rapport.ui.common.Refreshable;
import dev.rapport.logic.JournalChanges.Kind;
import dev.rapport.i18n.I18n;
import atlantafx.base.theme.Styles;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.JournalEntry;
import dev.rapport.model.JournalFilter;
import dev.rapport.model.RapportException;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.EnumLabels;
import dev.rapport.ui.common.Icons;

import java.util.EnumSet;
import java.util.Set;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/** All clients' entries, newest first, filtered by client, channel, tag and dates; paged. */
public final class JournalView extends VBox implements Refreshable {
    private static final int PAGE = 100;

    private final AppContext app;
    private final ComboBox<Client> client = new dev.rapport.ui.controls.TypePicker<>();
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final DateField from;
    private final DateField to;
    private final ListView<JournalEntry> list = new ListView<>();
    private final Label count = new Label();
    private final Label filterError = new Label();
    private final Button more = new Button(I18n.t("journal.older"));
    private JournalFilter current = JournalFilter.ALL;

    public JournalView(AppContext app) {
        this.app = app;
        from = new DateField(app.session().clock()).compact();
        to = new DateField(app.session().clock()).compact();
        setId("journal-view");
        getStyleClass().add("page");
        setSpacing(16);
        setPadding(new Insets(24));
        getChildren().addAll(header(), filters(), filterError, list, more);
        VBox.setVgrow(list, Priority.ALWAYS);
        list();
        loadChoices();
        reload();
    }

    private HBox header() {
        Label title = new Label(I18n.t("journal.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        count.setId("journal-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(I18n.t("journal.newEntry"), Icons.of(Feather.EDIT_3));
        add.setId("journal-new-entry");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> app.navigator().newInteraction(client.getValue() == null ? null : client.getValue().id()));
        HBox box = new HBox(12, title, count, spacer, add);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    private javafx.scene.layout.FlowPane filters() {
        client.setId("journal-client");
        dev.rapport.ui.common.Spoken.name(client, "spoken.filter.client");
        client.setPromptText(I18n.t("journal.filter.allClients"));
        client.setConverter(new StringConverter<>() {
            @Override
            public String toString(Client c) {
                return c == null ? I18n.t("journal.filter.allClients") : c.name();
            }

            @Override
            public Client fromString(String s) {
                return null;
            }
        });
        channel.setId("journal-channel");
        dev.rapport.ui.common.Spoken.name(channel, "spoken.filter.channel");
        channel.setPromptText(I18n.t("journal.filter.allChannels"));
        channel.setConverter(new EnumLabels<>(Channel::label, I18n.t("journal.filter.allChannels")));
        tag.setId("journal-tag");
        dev.rapport.ui.common.Spoken.name(tag, "spoken.filter.tag");
        tag.setPromptText(I18n.t("journal.filter.anyTag"));
        from.setId("journal-from");
        dev.rapport.ui.common.Spoken.name(from, "spoken.filter.from");
        from.setPromptText(I18n.t("journal.filter.from"));
        from.setPrefWidth(140);
        to.setId("journal-to");
        dev.rapport.ui.common.Spoken.name(to, "spoken.filter.to");
        to.setPromptText(I18n.t("journal.filter.to"));
        to.setPrefWidth(140);
        Button clear = new Button(I18n.t("journal.filter.clear"), Icons.of(Feather.X));
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> {
            client.setValue(null);
            channel.setValue(null);
            tag.setValue(null);
            from.setValue(null);
            to.setValue(null);
        });
        client.valueProperty().addListener((o, a, b) -> reload());
        channel.valueProperty().addListener((o, a, b) -> reload());
        tag.valueProperty().addListener((o, a, b) -> reload());
        from.valueProperty().addListener((o, a, b) -> reload());
        to.valueProperty().addListener((o, a, b) -> reload());
        filterError.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        filterError.setId("journal-filter-error");
        filterError.setManaged(false);
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(10, 8, client, channel, tag, from, to, clear); // wraps at large text
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void list() {
        list.setId("journal-list");
        list.setCellFactory(l -> new EntryCell(true));
        Label empty = new Label(I18n.t("journal.noMatch"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        more.setId("journal-more");
        more.getStyleClass().add(Styles.FLAT);
        more.setOnAction(e -> loadMore());
    }

    private void openSelected() {
        JournalEntry e = list.getSelectionModel().getSelectedItem();
        if (e != null) {
            app.navigator().editInteraction(e.interaction().id());
        }
    }

    private void loadChoices() {
        app.background().run(() -> new Choices(app.session().clients().all(), app.session().interactions().tags()), c -> {
            client.getItems().setAll((Client) null);
            client.getItems().addAll(c.clients());
            channel.getItems().setAll((Channel) null);
            channel.getItems().addAll(Channel.values());
            tag.getItems().setAll((String) null);
            tag.getItems().addAll(c.tags());
        }, t -> app.status().say(t.getMessage()));
    }

    private record Choices(List<Client> clients, List<String> tags) {
    }

    private record Page(List<JournalEntry> entries, int total) {
    }

    @Override
    public Set<Kind> shows() {
        return EnumSet.of(Kind.ENTRIES, Kind.CLIENTS, Kind.PEOPLE);
    }

    @Override
    public void reload() {
        try {
            current = new JournalFilter(client.getValue() == null ? null : client.getValue().id(), channel.getValue(),
                    tag.getValue(), from.getValue(), to.getValue());
            filterError.setText("");
            filterError.setManaged(false);
        } catch (RapportException e) {
            filterError.setText(e.getMessage());
            filterError.setManaged(true);
            return;
        }
        JournalFilter filter = current;
        app.background().run(() -> new Page(app.session().interactions().page(filter, PAGE, 0),
                app.session().interactions().count(filter)), page -> {
            list.getItems().setAll(page.entries());
            count.setText(I18n.plural("journal.count", page.total()));
            showMore(page.entries().size() < page.total());
        }, t -> app.status().say(t.getMessage()));
    }

    private void loadMore() {
        JournalFilter filter = current;
        int offset = list.getItems().size();
        app.background().run(() -> app.session().interactions().page(filter, PAGE, offset), page -> {
            list.getItems().addAll(page);
            showMore(page.size() == PAGE);
        }, t -> app.status().say(t.getMessage()));
    }

    private void showMore(boolean visible) {
        more.setVisible(visible);
        more.setManaged(visible);
    }
}
