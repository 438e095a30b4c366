package dev.rapport.ui.brief;

import atlantafx.base.theme.Styles;
import dev.rapport.export.SummaryRenderer;
import dev.rapport.i18n.I18n;
import dev.rapport.model.Client;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.TextScale;

import java.nio.file.Path;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The client summary before it leaves the app: period, format and language, a preview of what
 * will be saved (for PDF and HTML the PDF's pages as pictures, see {@link SummaryPages}; for
 * Markdown the very text), and Save. The sheet lays out and binds; {@link SummaryViewModel} reads
 * and writes the journal. The preview comes from the same renderer as the file, so it holds no
 * private notes either.
 */
public final class SummarySheet extends VBox {
    private static final double PADDING = 20;

    private final AppContext app;
    private final SummaryViewModel model;

    private SummarySheet(AppContext app, Client client) {
        this.app = app;
        this.model = new SummaryViewModel(app.session(), app.background(), client);
        model.onSaying(app.status()::say);
        model.onSaved(said -> {
            app.sheets().close();
            app.status().say(said);
        });
        model.onProblem(app.dialogs()::error);
        setId("summary-sheet");
        getStyleClass().add("sheet");
        setSpacing(12);
        setPadding(new Insets(PADDING));
        setPrefWidth(TextScale.em(51));
        setMaxWidth(TextScale.em(51));
        header();
        fields();
        error();
        preview();
        footer();
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                app.sheets().close();
            }
        });
        model.load();
    }

    public static SummarySheet open(AppContext app, Client client) {
        SummarySheet sheet = new SummarySheet(app, client);
        app.sheets().show(sheet);
        return sheet;
    }

    private void header() {
        Label title = wrapped(new Label(model.title()));
        title.getStyleClass().add(Styles.TITLE_3);
        Label note = wrapped(new Label(I18n.t("summary.sheet.note")));
        note.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(title, note);
    }

    private void fields() {
        getChildren().add(new SummaryChoices(model, app.session().clock()));
    }

    private void error() {
        Label error = wrapped(new Label());
        error.setId("summary-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().add(error);
    }

    private void preview() {
        Label caption = wrapped(new Label());
        caption.setId("summary-preview-caption");
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        caption.textProperty().bind(model.captionProperty());
        TextArea markdown = new TextArea();
        markdown.setId("summary-markdown");
        markdown.setEditable(false);
        markdown.setWrapText(true);
        markdown.getStyleClass().add("monospace");
        markdown.textProperty().bind(model.markdownProperty());
        markdown.visibleProperty().bind(model.formatProperty().isEqualTo(SummaryRenderer.Format.MD));
        SummaryPages pages = new SummaryPages(model, app.background(), TextScale.em(51) - 2 * PADDING);
        StackPane preview = new StackPane(pages, markdown);
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
        save.disableProperty().bind(model.busyProperty());
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

    /** Asks where to save (the native chooser), then lets the view-model write there. */
    private void save() {
        String name = model.suggestedFileName();
        if (name == null) {
            return;
        }
        SummaryRenderer.Format f = model.formatProperty().get();
        Path target = SaveTarget.current().choose(getScene() == null ? null : getScene().getWindow(), name,
                f == SummaryRenderer.Format.MD ? "Markdown" : f.name(), f.extension());
        model.save(target);
    }

    private static <L extends Label> L wrapped(L label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
