package dev.rapport.ui.brief;

import atlantafx.base.theme.Styles;
import dev.rapport.export.SummaryRenderer.Format;
import dev.rapport.i18n.I18n;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.TextScale;

import java.nio.file.Path;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * A client document's sheet (the summary, the client review): its title and note, the reason
 * nothing is previewed, and Close and Save (the native chooser, then the view-model writes);
 * Escape closes. A sheet lays out what is its own between them. Ids are the sheet's prefix and
 * the part: {@code summary-error}, {@code review-save}.
 */
abstract class ClientDocumentSheet extends VBox {
    static final double PADDING = 20;
    static final double WIDTH_EM = 51;

    protected final AppContext app;
    private final ClientDocumentViewModel<?, ?> model;
    private final String ids;

    ClientDocumentSheet(AppContext app, ClientDocumentViewModel<?, ?> model, String ids, double spacing) {
        this.app = app;
        this.model = model;
        this.ids = ids;
        model.onSaved(said -> {
            app.sheets().close();
            app.status().say(said);
        });
        model.onProblem(app.dialogs()::error);
        setId(ids + "-sheet");
        getStyleClass().add("sheet");
        setSpacing(spacing);
        setPadding(new Insets(PADDING));
        setPrefWidth(TextScale.em(WIDTH_EM));
        setMaxWidth(TextScale.em(WIDTH_EM));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                app.sheets().close();
            }
        });
    }

    /** The title, and a muted note under it. */
    protected final void header(String title, String noteKey) {
        Label heading = wrapped(new Label(title));
        heading.getStyleClass().add(Styles.TITLE_3);
        Label note = wrapped(new Label(I18n.t(noteKey)));
        note.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(heading, note);
    }

    /** Why nothing is previewed or kept, shown only when there is a reason. */
    protected final void error() {
        Label error = wrapped(new Label());
        error.setId(ids + "-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().add(error);
    }

    /** Close and Save at the right; Save is given back, off while a save runs, for the sheet to add its own rules. */
    protected final Button footer() {
        Button save = new Button(I18n.t("summary.sheet.save"), Icons.of(Feather.SAVE));
        save.setId(ids + "-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> save());
        save.disableProperty().bind(model.busyProperty());
        Button close = new Button(I18n.t("summary.sheet.close"));
        close.setId(ids + "-close");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setCancelButton(true);
        close.setOnAction(e -> app.sheets().close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, close, save);
        bar.setAlignment(Pos.CENTER_RIGHT);
        getChildren().add(bar);
        return save;
    }

    /** Asks where to save (the native chooser, or the tests' stand-in), then lets the view-model write there. */
    private void save() {
        String name = model.suggestedFileName();
        if (name == null) {
            return;
        }
        Format f = model.formatProperty().get();
        Path target = SaveTarget.current().choose(getScene() == null ? null : getScene().getWindow(), name,
                f == Format.MD ? "Markdown" : f.name(), f.extension());
        model.save(target);
    }

    /** The width inside the sheet's padding. */
    static double innerWidth() {
        return TextScale.em(WIDTH_EM) - 2 * PADDING;
    }

    static <L extends Label> L wrapped(L label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
