package dev.rapport.ui.brief;

import atlantafx.base.theme.Styles;
import dev.rapport.export.SummaryRenderer;
import dev.rapport.logic.ClientSummary;
import dev.rapport.model.Client;
import dev.rapport.model.Period;
import dev.rapport.model.ValidationException;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Icons;

import java.nio.file.Path;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
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
 * The client summary before it leaves the app: period and format, the rendered text to read
 * first (Markdown for Markdown and PDF, the HTML itself for HTML), and Save, which writes the
 * file whole or not at all.
 */
public final class SummarySheet extends VBox {
    private final AppContext app;
    private final Client client;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<SummaryRenderer.Format> format = new ComboBox<>();
    private final TextArea preview = new TextArea();
    private final Label error = new Label();
    private ClientSummary summary;

    private SummarySheet(AppContext app, Client client) {
        this.app = app;
        this.client = client;
        setId("summary-sheet");
        getStyleClass().add("sheet");
        setSpacing(12);
        setPadding(new Insets(20));
        setPrefWidth(640);
        setMaxWidth(640);
        header();
        fields();
        previewArea();
        footer();
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                app.sheets().close();
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
        Label title = new Label("Summary for " + client.name());
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        Label note = new Label("Client-facing: shareable summaries, promises, problems and requests. "
                + "Private notes, reviews and survey methods never go in.");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setWrapText(true);
        getChildren().addAll(title, note);
    }

    private void fields() {
        Period quarter = Period.quarterOf(app.session().today());
        from.setValue(quarter.from());
        to.setValue(quarter.to());
        from.setId("summary-from");
        to.setId("summary-to");
        format.setId("summary-format");
        format.getItems().setAll(SummaryRenderer.Format.values());
        format.setValue(SummaryRenderer.Format.PDF);
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SummaryRenderer.Format f) {
                return f == null ? "" : switch (f) {
                    case MD -> "Markdown";
                    case HTML -> "HTML (print-friendly)";
                    case PDF -> "PDF";
                };
            }

            @Override
            public SummaryRenderer.Format fromString(String s) {
                return null;
            }
        });
        from.valueProperty().addListener((o, a, b) -> render());
        to.valueProperty().addListener((o, a, b) -> render());
        format.valueProperty().addListener((o, a, b) -> render());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, new Label("From"), from, new Label("To"), to);
        grid.addRow(1, new Label("Format"), format);
        GridPane.setColumnSpan(format, 3);
        error.setId("summary-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setManaged(false);
        getChildren().addAll(grid, error);
    }

    private void previewArea() {
        preview.setId("summary-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.getStyleClass().add("monospace");
        VBox.setVgrow(preview, Priority.ALWAYS);
        getChildren().add(preview);
    }

    private void footer() {
        Button save = new Button("Save…", Icons.of(Feather.SAVE));
        save.setId("summary-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button close = new Button("Close");
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
        if (from.getValue() == null || to.getValue() == null || format.getValue() == null) {
            return;
        }
        try {
            Period period = new Period(from.getValue(), to.getValue());
            summary = app.session().reports().summary(client.id(), period);
            preview.setText(format.getValue() == SummaryRenderer.Format.HTML ? SummaryRenderer.html(summary)
                    : SummaryRenderer.markdown(summary));
            showError(null);
        } catch (ValidationException e) {
            summary = null;
            showError(e.getMessage());
        }
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
        Path target = SaveTarget.current().choose(getScene() == null ? null : getScene().getWindow(),
                SummaryRenderer.fileName(s, f), f == SummaryRenderer.Format.MD ? "Markdown" : f.name(), f.extension());
        if (target == null) {
            return;
        }
        app.status().say("Saving the summary…");
        app.background().run(() -> {
                    app.session().reports().save(target, SummaryRenderer.render(s, f));
                    return target;
                }, t -> {
                    app.sheets().close();
                    app.status().say("Summary saved to " + t + ".");
                }, t -> app.dialogs().error("The summary was not saved", t.getMessage()));
    }

    /** The text shown in the preview, for tests. */
    String previewText() {
        return preview.getText();
    }
}
