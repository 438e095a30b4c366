package dev.rapport.ui.settings;

import static dev.rapport.ui.settings.SettingsCards.card;
import static dev.rapport.ui.settings.SettingsCards.pair;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.i18n.LanguageChoice;
import dev.rapport.ui.common.EnumLabels;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/** Theme, text size and language: per-computer choices, applied and saved as soon as they are picked. */
final class AppearanceSection implements SettingsSection {
    private final SettingsParts parts;

    AppearanceSection(SettingsParts parts) {
        this.parts = parts;
    }

    @Override
    public Node node() {
        FlowPane row = new FlowPane(24, 8, labelled("settings.appearance.theme", theme()),
                labelled("settings.appearance.textSize", textSize()), labelled("settings.appearance.language", language()));
        row.setAlignment(Pos.CENTER_LEFT);
        return card(I18n.t("settings.appearance.title"), I18n.t("settings.appearance.description"), row);
    }

    private ComboBox<Theme> theme() {
        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("settings-theme");
        theme.getItems().setAll(Theme.values());
        theme.setConverter(new EnumLabels<>(Theme::label));
        theme.setValue(Theme.saved());
        theme.valueProperty().addListener((o, a, b) -> {
            b.applyAndSave();
            parts.confirm(I18n.t("settings.theme.saved", b.label().toLowerCase(I18n.messages().locale())));
        });
        return theme;
    }

    private ComboBox<TextSize> textSize() {
        ComboBox<TextSize> textSize = new ComboBox<>();
        textSize.setId("settings-text-size");
        textSize.getItems().setAll(TextSize.values());
        textSize.setConverter(new EnumLabels<>(TextSize::label));
        textSize.setValue(TextSize.saved());
        textSize.valueProperty().addListener((o, a, b) -> {
            b.applyAndSave();
            parts.confirm(I18n.t("settings.textSize.saved", b.label()));
        });
        return textSize;
    }

    private ComboBox<Language> language() {
        ComboBox<Language> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(Language.values());
        language.setConverter(new EnumLabels<>(Language::nativeName));
        language.setValue(I18n.language());
        language.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != I18n.language()) {
                switchTo(b);
            }
        });
        return language;
    }

    /**
     * Speaks the chosen language from now on: saved for this computer, and the window is built
     * again in it (the journal stays open), back on Settings.
     */
    private void switchTo(Language language) {
        LanguageChoice.save(language);
        LanguageChoice.useForScreens(language);
        parts.app().navigator().rebuild(I18n.t("settings.language.saved"));
    }

    private static Node labelled(String key, ComboBox<?> input) {
        Label label = new Label(I18n.t(key));
        label.setLabelFor(input);
        return pair(label, input);
    }
}
