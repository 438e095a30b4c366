package dev.rapport.ui.settings;

import dev.rapport.i18n.I18n;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.health.ChecklistSheet;
import dev.rapport.ui.health.QuestionSheet;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.feather.Feather;

/** The health checklist and the health question, each edited in its own sheet. */
final class HealthSection implements SettingsSection {
    private final SettingsParts parts;

    HealthSection(SettingsParts parts) {
        this.parts = parts;
    }

    @Override
    public Node node() {
        Button checklist = new Button(I18n.t("settings.health.checklist"), Icons.of(Feather.SLIDERS));
        checklist.setOnAction(e -> ChecklistSheet.open(parts.app(), () -> parts.confirm(I18n.t("settings.health.checklistSaved"))));
        Button question = new Button(I18n.t("settings.health.question"), Icons.of(Feather.HELP_CIRCLE));
        question.setOnAction(e -> QuestionSheet.open(parts.app(), q -> parts.confirm(I18n.t("settings.health.questionSaved"))));
        return SettingsCards.card(I18n.t("settings.health.title"), I18n.t("settings.health.description"),
                new FlowPane(8, 8, checklist, question));
    }
}
