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

import java.nio.file.Path;

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
 * The client summary before it leaves the app: period and format, the rendered text to read
 * first (Markdown for Markdown and PDF, the HTML itself for HTML), and Save, which writes the
 * file whole or not at all.
 */
public final class SummarySheet extends VBox {
    private final AppContext app;
    private final Client client;
    private final DateField from;
    private final DateField to;
    private final ComboBox<SummaryRenderer.Format> format = new ComboBox<>();
    private final ComboBox<Language> language = new ComboBox<>();
    private final TextArea preview = new TextArea();
    private final Label error = new Label();
    private ClientSummary summary;

    private SummarySheet(AppContext app, Client client) {
        this.app = app;
        from = new DateField(app.session().clock());
        to = new DateField(app.session().clock());
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
        Label title = new Label(I18n.t("summary.title", client.name()));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        Label note = new Label(I18n.t("summary.sheet.note"));
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
        language.getItems().setAll(Language.values());
        language.setValue(I18n.language());
        language.setConverter(new EnumLabels<>(Language::nativeName));
        language.valueProperty().addListener((o, a, b) -> render());
        from.valueProperty().addListener((o, a, b) -> render());
        to.valueProperty().addListener((o, a, b) -> render());
        format.valueProperty().addListener((o, a, b) -> render());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, new Label(I18n.t("summary.sheet.from")), from, new Label(I18n.t("summary.sheet.to")), to);
        grid.addRow(1, new Label(I18n.t("summary.sheet.format")), format, new Label(I18n.t("summary.sheet.language")), language);
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
        Button save = new Button(I18n.t("summary.sheet.save"), Icons.of(Feather.SAVE));
        save.setId("summary-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button close = new Button(I18n.t("summary.sheet.close"));
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
            Messages words = Messages.of(language.getValue());
            preview.setText(format.getValue() == SummaryRenderer.Format.HTML ? SummaryRenderer.html(summary, words)
                    : SummaryRenderer.markdown(summary, words));
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

    /** The text shown in the preview, for tests. */
    String previewText() {
        return preview.getText();
    }
}
