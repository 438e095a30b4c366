package dev.rapport.ui.brief;

import dev.rapport.export.SummaryRenderer;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.EnumLabels;
import dev.rapport.ui.common.Spoken;

import java.time.Clock;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The summary's period, format and language, two to a row, each bound to the view-model. */
final class SummaryChoices extends GridPane {
    SummaryChoices(SummaryViewModel model, Clock clock) {
        DateField from = new DateField(clock);
        from.setId("summary-from");
        Spoken.name(from, "spoken.filter.from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DateField to = new DateField(clock);
        to.setId("summary-to");
        Spoken.name(to, "spoken.filter.to");
        to.valueProperty().bindBidirectional(model.toProperty());
        ComboBox<SummaryRenderer.Format> format = new ComboBox<>();
        format.setId("summary-format");
        Spoken.name(format, "spoken.summary.format");
        format.getItems().setAll(SummaryRenderer.Format.values());
        format.setConverter(new EnumLabels<>(SummaryChoices::formatName, ""));
        format.valueProperty().bindBidirectional(model.formatProperty());
        format.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Language> language = new ComboBox<>();
        language.setId("summary-language");
        Spoken.name(language, "spoken.summary.language");
        language.getItems().setAll(Language.values());
        language.setConverter(new EnumLabels<>(Language::nativeName));
        language.valueProperty().bindBidirectional(model.languageProperty());
        language.setMaxWidth(Double.MAX_VALUE);
        setHgap(12);
        setVgap(6);
        // Labels keep their whole text in every language; the fields take what is left.
        getColumnConstraints().addAll(labelColumn(), fieldColumn(), labelColumn(), fieldColumn());
        addRow(0, fieldLabel("summary.sheet.from"), from, fieldLabel("summary.sheet.to"), to);
        addRow(1, fieldLabel("summary.sheet.format"), format, fieldLabel("summary.sheet.language"), language);
    }

    /** A format as the choices name it, in the screen's language. */
    static String formatName(SummaryRenderer.Format f) {
        return I18n.t(switch (f) {
            case MD -> "summary.sheet.markdown";
            case HTML -> "summary.sheet.html";
            case PDF -> "summary.sheet.pdf";
        });
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
}
