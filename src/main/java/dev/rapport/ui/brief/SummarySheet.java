package dev.rapport.ui.brief;

import atlantafx.base.theme.Styles;
import dev.rapport.export.SummaryRenderer;
import dev.rapport.model.Client;
import dev.rapport.ui.AppContext;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The client summary before it leaves the app: period, format and language, a preview of what
 * will be saved (for PDF and HTML the PDF's pages as pictures, see {@link SummaryPages}; for
 * Markdown the very text), and Save. The sheet lays out and binds; {@link SummaryViewModel} reads
 * and writes the journal. The preview comes from the same renderer as the file, so it holds no
 * private notes either.
 */
public final class SummarySheet extends ClientDocumentSheet {
    private final SummaryViewModel model;

    private SummarySheet(AppContext app, Client client) {
        this(app, new SummaryViewModel(app.session(), app.background(), client));
    }

    private SummarySheet(AppContext app, SummaryViewModel model) {
        super(app, model, "summary", 12);
        this.model = model;
        model.onSaying(app.status()::say);
        header(model.title(), "summary.sheet.note");
        getChildren().add(new SummaryChoices(model, app.session().clock()));
        error();
        preview();
        footer().setDefaultButton(true);
        model.load();
    }

    public static SummarySheet open(AppContext app, Client client) {
        SummarySheet sheet = new SummarySheet(app, client);
        app.sheets().show(sheet);
        return sheet;
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
        SummaryPages pages = new SummaryPages(model, app.background(), innerWidth());
        StackPane preview = new StackPane(pages, markdown);
        preview.setId("summary-preview");
        VBox.setVgrow(preview, Priority.ALWAYS);
        getChildren().addAll(caption, preview);
    }
}
