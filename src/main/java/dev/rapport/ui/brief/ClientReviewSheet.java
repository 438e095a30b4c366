package dev.rapport.ui.brief;

import atlantafx.base.theme.Styles;
import dev.rapport.export.ClientReviewRenderer;
import dev.rapport.export.SummaryRenderer.Format;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.ClientReview;
import dev.rapport.model.Client;
import dev.rapport.model.ClientAsk;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.Pixels;
import dev.rapport.ui.common.SheetFocus;
import dev.rapport.ui.common.TextScale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The client review before it leaves the app (issue 21): period, language and format; the status
 * headline (Enter keeps it); the asks of the client (done, due date; a new one added with Enter);
 * a preview of the PDF's pages as pictures, drawn off the FX thread; and Save. The sheet lays out
 * and binds; {@link ClientReviewViewModel} reads and writes the journal.
 */
public final class ClientReviewSheet extends ClientDocumentSheet {
    private final ClientReviewViewModel model;
    private final VBox asks = new VBox(4);
    private final VBox pages = new VBox(8);
    private final AtomicInteger latest = new AtomicInteger();
    /** The rows shown, by ask id, kept across reloads. */
    private final Map<Long, AskRow> rows = new HashMap<>();

    private ClientReviewSheet(AppContext app, Client client) {
        this(app, new ClientReviewViewModel(app.session(), app.background(), client));
    }

    private ClientReviewSheet(AppContext app, ClientReviewViewModel model) {
        super(app, model, "review", 10);
        this.model = model;
        header(model.title(), "review.sheet.note");
        choices();
        headline();
        askList();
        error();
        preview();
        Button save = footer();
        save.disableProperty().unbind();
        save.disableProperty().bind(model.busyProperty().or(model.reviewProperty().isNull()));
        model.asks().addListener((javafx.collections.ListChangeListener<ClientAsk>) c -> showAsks());
        model.reviewProperty().addListener((o, a, b) -> drawPages());
        model.languageProperty().addListener((o, a, b) -> drawPages());
        model.load();
    }

    public static ClientReviewSheet open(AppContext app, Client client) {
        ClientReviewSheet sheet = new ClientReviewSheet(app, client);
        app.sheets().show(sheet);
        return sheet;
    }

    private void choices() {
        DateField from = new DateField(app.session().clock());
        from.setId("review-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DateField to = new DateField(app.session().clock());
        to.setId("review-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        ComboBox<Language> language = new ComboBox<>();
        language.setId("review-language");
        language.setAccessibleText(I18n.t("summary.sheet.language"));
        language.getItems().setAll(Language.values());
        language.setConverter(new dev.rapport.ui.common.EnumLabels<>(Language::nativeName));
        language.valueProperty().bindBidirectional(model.languageProperty());
        ComboBox<Format> format = new ComboBox<>();
        format.setId("review-format");
        format.setAccessibleText(I18n.t("summary.sheet.format"));
        format.getItems().setAll(Format.values());
        format.setConverter(new dev.rapport.ui.common.EnumLabels<>(SummaryChoices::formatName));
        format.valueProperty().bindBidirectional(model.formatProperty());
        // two to a row, each half the width: a language's name stays whole at large text sizes
        language.setMaxWidth(Double.MAX_VALUE);
        format.setMaxWidth(Double.MAX_VALUE);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        for (int c = 0; c < 2; c++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(half);
        }
        grid.addRow(0, labelled("summary.sheet.from", from), labelled("summary.sheet.to", to));
        grid.addRow(1, labelled("summary.sheet.language", language), labelled("summary.sheet.format", format));
        getChildren().add(grid);
    }

    private void headline() {
        TextField headline = new TextField();
        headline.setId("review-headline");
        headline.setPromptText(I18n.t("review.sheet.headlinePrompt"));
        headline.setAccessibleText(I18n.t("review.headline"));
        headline.textProperty().bindBidirectional(model.headlineProperty());
        headline.setOnAction(e -> model.saveHeadline());
        headline.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                model.saveHeadline();
            }
        });
        HBox.setHgrow(headline, Priority.ALWAYS);
        getChildren().add(labelled("review.headline", headline));
    }

    private void askList() {
        asks.setId("review-asks");
        TextField what = new TextField();
        what.setId("review-new-ask");
        what.setPromptText(I18n.t("review.sheet.askPrompt"));
        what.setAccessibleText(I18n.t("review.asks"));
        what.textProperty().bindBidirectional(model.newAskProperty());
        what.setOnAction(e -> model.addAsk());
        DateField due = new DateField(app.session().clock());
        due.setId("review-new-ask-due");
        due.setAccessibleText(I18n.t("validation.label.dueDate"));
        due.valueProperty().bindBidirectional(model.newAskDueProperty());
        Button add = new Button(I18n.t("review.sheet.addAsk"), Icons.of(Feather.PLUS));
        add.setId("review-add-ask");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> model.addAsk());
        HBox.setHgrow(what, Priority.ALWAYS);
        HBox adding = new HBox(8, what, due, add);
        adding.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(I18n.t("review.asks"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        getChildren().addAll(title, asks, adding);
    }

    /**
     * Shows the asks as they were read. Each reload (a headline kept as the focus leaves it, an ask ticked)
     * reads them all again: an ask's row is kept and brought up to date rather than built anew, so the
     * control the keyboard is on stays in the sheet and Tab goes on from it (a row thrown away with the
     * focus in it sent the focus back to the sheet's first field).
     */
    private void showAsks() {
        Map<Long, AskRow> kept = new HashMap<>(rows);
        rows.clear();
        List<Node> shown = new ArrayList<>();
        for (ClientAsk ask : model.asks()) {
            AskRow row = kept.remove(ask.id());
            if (row == null) {
                row = new AskRow(ask);
            } else {
                row.show(ask);
            }
            rows.put(ask.id(), row);
            shown.add(row.node);
        }
        if (!shown.equals(asks.getChildren())) {
            Node focus = getScene() == null ? null : getScene().getFocusOwner();
            asks.getChildren().setAll(shown);
            // a row only moved (an ask ticked goes down the list) keeps the focus that was in it
            if (focus != null && focus.getScene() != null && SheetFocus.inside(focus, asks) && !focus.isFocused()) {
                focus.requestFocus();
            }
        }
    }

    /** One ask: done (ticked) and its due date; it follows the ask as the journal has it. */
    private final class AskRow {
        private final CheckBox done = new CheckBox();
        private final DateField due;
        private final HBox node;
        private ClientAsk ask;

        AskRow(ClientAsk ask) {
            this.ask = ask;
            due = new DateField(app.session().clock(), ask.due());
            done.setWrapText(true);
            done.setOnAction(e -> model.setDone(this.ask, done.isSelected()));
            due.setAccessibleText(I18n.t("validation.label.dueDate"));
            due.valueProperty().addListener((o, a, b) -> {
                if (b != null && !b.equals(this.ask.due())) {
                    model.changeDue(this.ask, b);
                }
            });
            HBox.setHgrow(done, Priority.ALWAYS);
            done.setMaxWidth(Double.MAX_VALUE);
            node = new HBox(8, done, due);
            node.setAlignment(Pos.CENTER_LEFT);
            show(ask);
        }

        void show(ClientAsk now) {
            ask = now;
            done.setText(now.what());
            done.setSelected(!now.open());
            if (!now.due().equals(due.valueProperty().get())) {
                due.setValue(now.due());
            }
        }
    }

    private void preview() {
        Label caption = wrapped(new Label(I18n.t("review.sheet.preview")));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        pages.setId("review-pages");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setId("review-preview");
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.setPrefViewportHeight(TextScale.em(20));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(caption, scroll);
    }

    /** The PDF's pages as pictures, drawn off the FX thread; only the latest drawing is shown. */
    private void drawPages() {
        ClientReview review = model.reviewProperty().get();
        int ticket = latest.incrementAndGet();
        if (review == null) {
            pages.getChildren().clear();
            return;
        }
        var words = model.words();
        int width = (int) Math.round(innerWidth() - 40);
        app.background().run(() -> ClientReviewRenderer.pages(review, words, width).stream().map(Pixels::toFx).toList(), images -> {
            if (ticket == latest.get()) {
                pages.getChildren().setAll(images.stream().map(image -> {
                    ImageView view = new ImageView(image);
                    view.setPreserveRatio(true);
                    view.getStyleClass().add("review-page");
                    return view;
                }).toList());
            }
        }, failure -> {
            if (ticket == latest.get()) {
                pages.getChildren().setAll(wrapped(new Label(I18n.t("summary.sheet.preview.failed", failure.getMessage()))));
            }
        });
    }

    private static VBox labelled(String key, javafx.scene.Node field) {
        Label label = new Label(I18n.t(key));
        // a date field takes the keys in its text box: that is what the label names
        label.setLabelFor(field instanceof DateField date ? date.getEditor() : field);
        return new VBox(2, label, field);
    }

}
