package dev.rapport.ui.health;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.FigureText;
import dev.rapport.logic.Figures;
import dev.rapport.logic.Satisfaction;
import dev.rapport.model.SatisfactionFigures;
import dev.rapport.model.SurveyMethod;
import dev.rapport.ui.common.ColumnFit;

import java.util.Map;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Satisfaction by how the answers were given (oral, written, …), side by side, with their margins. */
final class MethodTable extends TableView<Map.Entry<SurveyMethod, SatisfactionFigures>> {
    MethodTable() {
        setId("health-by-method");
        getStyleClass().add(Styles.DENSE);
        setPrefHeight(186);
        TableColumn<Map.Entry<SurveyMethod, SatisfactionFigures>, String> method = new TableColumn<>(I18n.t("health.method.col.method"));
        method.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getKey().label()));
        method.setMinWidth(110);
        getColumns().add(method);
        getColumns().add(number(I18n.t("health.method.col.answers"), f -> Integer.toString(f.answers())));
        getColumns().add(number(I18n.t("health.nps"), f -> (f.nps() == null ? Figures.DASH : f.nps().toString())
                + HealthViewModel.plusMinus(Satisfaction.npsMargin(f))));
        getColumns().add(number(I18n.t("health.method.col.split"), f -> f.recommendAnswers() == 0 ? Figures.DASH
                : f.promoters() + " / " + f.passives() + " / " + f.detractors()));
        getColumns().add(number(I18n.t("health.method.col.satisfied"), f -> FigureText.percent(f.satisfiedShare())
                + HealthViewModel.plusMinus(Satisfaction.shareMargin(f))));
        ColumnFit.fit(this, method);
        setPlaceholder(new Label(I18n.t("health.method.empty")));
    }

    private static TableColumn<Map.Entry<SurveyMethod, SatisfactionFigures>, String> number(String title,
            Function<SatisfactionFigures, String> value) {
        TableColumn<Map.Entry<SurveyMethod, SatisfactionFigures>, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().getValue())));
        col.getStyleClass().add("numeric");
        return col;
    }
}
