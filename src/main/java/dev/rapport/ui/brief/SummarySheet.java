package dev.rapport.ui.brief;

import atlantafx.base.theme.Styles;
import dev.rapport.export.SummaryRenderer;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.i18n.Messages;
import dev.rapport.logic.ClientSummary;
import dev.rapport.model.Client;
import dev.rapport.model.Period;
import dev.rapport.model.ValidationException;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.EnumLabels;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.Pixels;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.Duration;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The client summary before it leaves the app: period, format and language, a preview of what
 * will be saved (for PDF and HTML the PDF's pages as pictures, drawn off the FX thread a moment
 * after the last change; for Markdown the very text), and Save, which writes the file whole or
 * not at all. The preview comes from the same renderer as the file, so it holds no private notes either.
 */
public final class SummarySheet extends VBox {
    private final AppContext app;
    private final Client client;
    private final DateField from;
    private final DateField to;
    private final ComboBox<SummaryRenderer.Format> format = new ComboBox<>();
    private final ComboBox<Language> language = new ComboBox<>();
    /** Room left and right of a page inside the scroll pane. */
    private static final double PAGE_MARGIN = 12;
    /** How long the choices must rest before pages are drawn: typing a date redraws once, not per key. */
    private static final Duration SETTLE = Duration.millis(250);

    private final TextArea markdown = new TextArea();
    private final VBox pages = new VBox(PAGE_MARGIN);
    private final ScrollPane pagesScroll = new ScrollPane(pages);
    /** The width a page is shown at: the scroll pane's, less the margins. */
    private final DoubleBinding pageWidth = Bindings.createDoubleBinding(
            () -> Math.max(100, pagesScroll.getViewportBounds().getWidth() - 2 * PAGE_MARGIN), pagesScroll.viewportBoundsProperty());
    private final ProgressIndicator drawing = new ProgressIndicator();
    private final Label caption = new Label();
    private final Label error = new Label();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    /** The latest request for pages; an answer to any older one is dropped (the latest wins). */
    private final AtomicInteger latest = new AtomicInteger();
    private ClientSummary summary;
    /** What the pages now shown were drawn from, so switching PDF and HTML does not draw them again. */
    private PagesKey shown;

    private record PagesKey(ClientSummary summary, Language language, int pixelWidth) {
    }

    private SummarySheet(AppContext app, Client client) {
        this.app = app;
        from = new DateField(app.session().clock());
        to = new DateField(app.session().clock());
        this.client = client;
        setId("summary-sheet");
        getStyleClass().add("sheet");
        setSpacing(12);
        setPadding(new Insets(20));
        setPrefWidth(dev.rapport.ui.common.TextScale.em(51));
        setMaxWidth(dev.rapport.ui.common.TextScale.em(51));
        header();
        fields();
        previewArea();
        footer();
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                app.sheets().close();
            }
        });
        settle.setOnFinished(e -> drawPages());
        sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                settle.stop();
                latest.incrementAndGet();
            }
        });
        render();
    }

    public static SummarySheet open(AppContext app, Client client) {
        SummarySheet sheet = new SummarySheet(app, client);
        app.sheets().show(sheet);
        return sheet;
    }

    private void header() {
        Label title = new Label(I18n.t("summary.title", client.name()));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label note = new Label(I18n.t("summary.sheet.note"));
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(title, note);
    }

    private void fields() {
        Period quarter = Period.quarterOf(app.session().today());
        from.setValue(quarter.from());
        to.setValue(quarter.to());
        from.setId("summary-from");
        dev.rapport.ui.common.Spoken.name(from, "spoken.filter.from");
        to.setId("summary-to");
        dev.rapport.ui.common.Spoken.name(to, "spoken.filter.to");
        format.setId("summary-format");
        dev.rapport.ui.common.Spoken.name(format, "spoken.summary.format");
        format.getItems().setAll(SummaryRenderer.Format.values());
        format.setValue(SummaryRenderer.Format.PDF);
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SummaryRenderer.Format f) {
                return f == null ? "" : switch (f) {
                    case MD -> I18n.t("summary.sheet.markdown");
                    case HTML -> I18n.t("summary.sheet.html");
                    case PDF -> I18n.t("summary.sheet.pdf");
                };
            }

            @Override
            public SummaryRenderer.Format fromString(String s) {
                return null;
            }
        });
        language.setId("summary-language");
        dev.rapport.ui.common.Spoken.name(language, "spoken.summary.language");
        language.getItems().setAll(Language.values());
        language.setValue(I18n.language());
        language.setConverter(new EnumLabels<>(Language::nativeName));
        language.valueProperty().addListener((o, a, b) -> render());
        from.valueProperty().addListener((o, a, b) -> render());
        to.valueProperty().addListener((o, a, b) -> render());
        format.valueProperty().addListener((o, a, b) -> render());
        format.setMaxWidth(Double.MAX_VALUE);
        language.setMaxWidth(Double.MAX_VALUE);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        // Labels keep their whole text in every language; the fields take what is left.
        grid.getColumnConstraints().addAll(labelColumn(), fieldColumn(), labelColumn(), fieldColumn());
        grid.addRow(0, fieldLabel("summary.sheet.from"), from, fieldLabel("summary.sheet.to"), to);
        grid.addRow(1, fieldLabel("summary.sheet.format"), format, fieldLabel("summary.sheet.language"), language);
        error.setId("summary-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.setManaged(false);
        getChildren().addAll(grid, error);
    }

    private static Label fieldLabel(String key) {
        Label label = new Label(I18n.t(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static ColumnConstraints labelColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        c.setHgrow(Priority.NEVER);
        return c;
    }

    private static ColumnConstraints fieldColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        c.setPrefWidth(160);
        return c;
    }

    private void previewArea() {
        caption.setId("summary-preview-caption");
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        markdown.setId("summary-markdown");
        markdown.setEditable(false);
        markdown.setWrapText(true);
        markdown.getStyleClass().add("monospace");
        pages.setId("summary-pages");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(PAGE_MARGIN));
        pagesScroll.setId("summary-pages-scroll");
        pagesScroll.getStyleClass().add("summary-pages");
        pagesScroll.setFitToWidth(true);
        pagesScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pagesScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        drawing.setId("summary-drawing");
        drawing.setMaxSize(48, 48);
        drawing.setAccessibleText(I18n.t("summary.sheet.preview.drawing"));
        drawing.setVisible(false);
        StackPane preview = new StackPane(pagesScroll, markdown, drawing);
        preview.setId("summary-preview");
        VBox.setVgrow(preview, Priority.ALWAYS);
        getChildren().addAll(caption, preview);
    }

    private void footer() {
        Button save = new Button(I18n.t("summary.sheet.save"), Icons.of(Feather.SAVE));
        save.setId("summary-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        save.setMinWidth(Region.USE_PREF_SIZE);
        Button close = new Button(I18n.t("summary.sheet.close"));
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setId("summary-close");
        close.setCancelButton(true);
        close.setOnAction(e -> app.sheets().close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, close, save);
        bar.setAlignment(Pos.CENTER_RIGHT);
        getChildren().add(bar);
    }

    private void render() {
        if (from.getValue() == null || to.getValue() == null || format.getValue() == null || language.getValue() == null) {
            return;
        }
        try {
            Period period = new Period(from.getValue(), to.getValue());
            summary = app.session().reports().summary(client.id(), period);
            showError(null);
        } catch (ValidationException e) {
            summary = null;
            stopDrawing();
            // No preview of a period that cannot be saved: what shows is always what Save would write.
            shown = null;
            pages.getChildren().clear();
            markdown.clear();
            showError(e.getMessage());
            return;
        }
        SummaryRenderer.Format f = format.getValue();
        caption.setText(I18n.t(switch (f) {
            case MD -> "summary.sheet.preview.markdown";
            case HTML -> "summary.sheet.preview.html";
            case PDF -> "summary.sheet.preview.pdf";
        }));
        boolean asText = f == SummaryRenderer.Format.MD;
        markdown.setVisible(asText);
        pagesScroll.setVisible(!asText);
        if (asText) {
            stopDrawing();
            markdown.setText(SummaryRenderer.markdown(summary, Messages.of(language.getValue())));
        } else if (pagesKey().equals(shown)) {
            stopDrawing();
        } else {
            drawing.setVisible(true);
            settle.playFromStart();
        }
    }

    /** Forgets any pages asked for and not yet shown. */
    private void stopDrawing() {
        settle.stop();
        latest.incrementAndGet();
        drawing.setVisible(false);
    }

    /** Draws the pages on the background worker; only the answer to the latest request is shown. */
    private void drawPages() {
        if (summary == null || format.getValue() == SummaryRenderer.Format.MD) {
            return;
        }
        PagesKey key = pagesKey();
        int ticket = latest.incrementAndGet();
        app.background().run(() -> ticket != latest.get() ? null
                        : SummaryRenderer.pages(key.summary(), Messages.of(key.language()), key.pixelWidth()).stream()
                                .map(Pixels::toFx).toList(),
                images -> {
                    if (images != null && ticket == latest.get()) {
                        shown = key;
                        showPages(images);
                        drawing.setVisible(false);
                    }
                },
                failure -> {
                    if (ticket == latest.get()) {
                        drawing.setVisible(false);
                        showError(I18n.t("summary.sheet.preview.failed", failure.getMessage()));
                    }
                });
    }

    private void showPages(List<? extends Image> images) {
        pages.getChildren().setAll(images.stream().map(image -> {
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(pageWidth);
            StackPane page = new StackPane(view);
            page.getStyleClass().add("summary-page");
            page.setMaxWidth(Region.USE_PREF_SIZE);
            return page;
        }).toList());
        pagesScroll.setVvalue(0);
    }

    /** The summary as now chosen, at as many pixels as the screen shows a page with (twice on a HiDPI screen). */
    private PagesKey pagesKey() {
        Window window = getScene() == null ? null : getScene().getWindow();
        double scale = window != null ? window.getOutputScaleX() : Screen.getPrimary().getOutputScaleX();
        double width = pagesScroll.getViewportBounds().getWidth() > 0 ? pageWidth.get() : getPrefWidth() - 2 * 20 - 2 * PAGE_MARGIN - 16;
        int pixels = (int) Math.round(width * Math.min(3, Math.max(1, scale)));
        return new PagesKey(summary, language.getValue(), pixels);
    }

    private void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setManaged(message != null);
        error.setVisible(message != null);
    }

    private void save() {
        if (summary == null) {
            return;
        }
        ClientSummary s = summary;
        SummaryRenderer.Format f = format.getValue();
        Messages words = Messages.of(language.getValue());
        Path target = SaveTarget.current().choose(getScene() == null ? null : getScene().getWindow(),
                SummaryRenderer.fileName(s, f, words), f == SummaryRenderer.Format.MD ? "Markdown" : f.name(), f.extension());
        if (target == null) {
            return;
        }
        app.status().say(I18n.t("summary.sheet.saving"));
        app.background().run(() -> {
                    app.session().reports().save(target, SummaryRenderer.render(s, f, words));
                    return target;
                }, t -> {
                    app.sheets().close();
                    app.status().say(I18n.t("summary.sheet.saved", t));
                }, t -> app.dialogs().error(I18n.t("summary.sheet.notSaved"), t.getMessage()));
    }

    /** The language the summary is written in (the screen's unless changed), for tests. */
    ComboBox<Language> languageChoice() {
        return language;
    }

    /** The Markdown shown in the preview, for tests. */
    String previewText() {
        return markdown.getText();
    }
}
