package dev.rapport.ui.settings;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.i18n.LanguageChoice;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.JournalActions;
import dev.rapport.ui.backup.RestoreSheet;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.Refreshable;
import dev.rapport.ui.common.Spoken;
import dev.rapport.ui.health.ChecklistSheet;
import dev.rapport.ui.health.QuestionSheet;
import dev.rapport.ui.ledger.ResponseSettingsForm;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Settings, one section a card: look, working hours and targets, rhythm, checklist, backups, security. */
public final class SettingsView extends ScrollPane implements Refreshable {
    private final AppContext app;
    private final JournalActions actions;
    private final SettingsViewModel model;
    private final VBox page = new VBox(16);
    private final Label saved = new Label();

    public SettingsView(AppContext app, JournalActions actions) {
        this.app = app;
        this.actions = actions;
        this.model = new SettingsViewModel(app.session(), app.background());
        model.onSaved(this::confirm);
        model.onFailure(app.status()::say);
        model.onProblem(app.dialogs()::error);
        setId("settings-view");
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        page.setPadding(new Insets(24));
        page.getStyleClass().add("page");
        setContent(page);
        reload();
    }

    @Override
    public void reload() {
        Label title = new Label(I18n.t("settings.title"));
        title.setId("settings-title");
        title.getStyleClass().add(Styles.TITLE_2);
        saved.setId("settings-saved");
        saved.getStyleClass().addAll(Styles.SUCCESS, Styles.TEXT_SMALL);
        HBox head = new HBox(12, title, saved);
        head.setAlignment(Pos.BASELINE_LEFT);
        page.getChildren().setAll(head, appearance(), work(), rhythm(), health(), new CrmSettings(app, this::confirm).node(),
                new MailFolderSettings(app, this::confirm).node(), backups(), security());
        page.getChildren().add(new MailServerSettings(app, this::confirm).node());
        model.load();
    }

    private Node appearance() {
        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("settings-theme");
        theme.getItems().setAll(Theme.values());
        theme.setConverter(new dev.rapport.ui.common.EnumLabels<>(Theme::label));
        theme.setValue(Theme.saved());
        theme.valueProperty().addListener((o, a, b) -> {
            b.applyAndSave();
            confirm(I18n.t("settings.theme.saved", b.label().toLowerCase(I18n.messages().locale())));
        });
        ComboBox<Language> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(Language.values());
        language.setConverter(new dev.rapport.ui.common.EnumLabels<>(Language::nativeName));
        language.setValue(I18n.language());
        language.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != I18n.language()) {
                switchTo(b);
            }
        });
        ComboBox<TextSize> textSize = new ComboBox<>();
        textSize.setId("settings-text-size");
        textSize.getItems().setAll(TextSize.values());
        textSize.setConverter(new dev.rapport.ui.common.EnumLabels<>(TextSize::label));
        textSize.setValue(TextSize.saved());
        textSize.valueProperty().addListener((o, a, b) -> {
            b.applyAndSave();
            confirm(I18n.t("settings.textSize.saved", b.label()));
        });
        Label textSizeLabel = new Label(I18n.t("settings.appearance.textSize"));
        textSizeLabel.setLabelFor(textSize);
        Label themeLabel = new Label(I18n.t("settings.appearance.theme"));
        themeLabel.setLabelFor(theme);
        Label languageLabel = new Label(I18n.t("settings.appearance.language"));
        languageLabel.setLabelFor(language);
        FlowPane row = new FlowPane(24, 8, pair(themeLabel, theme), pair(textSizeLabel, textSize), pair(languageLabel, language));
        row.setAlignment(Pos.CENTER_LEFT);
        return card(I18n.t("settings.appearance.title"), I18n.t("settings.appearance.description"), row);
    }

    /**
     * Speaks the chosen language from now on: saved for this computer, and the window is built
     * again in it (the journal stays open), back on Settings.
     */
    private void switchTo(Language language) {
        LanguageChoice.save(language);
        LanguageChoice.useForScreens(language);
        app.navigator().rebuild(I18n.t("settings.language.saved"));
    }

    private static HBox pair(Label label, Node input) {
        HBox pair = new HBox(8, label, input);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private Node work() {
        Button hours = new Button(I18n.t("settings.work.hours"), Icons.of(Feather.CLOCK));
        hours.setId("settings-hours");
        hours.setOnAction(e -> ResponseSettingsForm.open(app, null, () -> confirm(I18n.t("settings.work.saved"))));
        return card(I18n.t("settings.work.title"), I18n.t("settings.work.description"), hours);
    }

    private Node rhythm() {
        Spinner<Integer> ideal = spinner("settings-rhythm-ideal", 1, 3650, 100, model.rhythmIdealProperty());
        Spinner<Integer> max = spinner("settings-rhythm-max", 1, 3650, 100, model.rhythmMaxProperty());
        Label error = new Label();
        error.setId("settings-rhythm-error");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.textProperty().bind(model.rhythmErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Button save = saveButton(model::saveRhythm);
        save.setId("settings-rhythm-save");
        FlowPane row = new FlowPane(8, 8, Spoken.label(I18n.t("settings.rhythm.ideally"), ideal), ideal, Spoken.label(I18n.t("settings.rhythm.atMost"), max), max,
                new Label(I18n.t("settings.rhythm.days")), save);
        row.setAlignment(Pos.CENTER_LEFT);
        return card(I18n.t("settings.rhythm.title"), I18n.t("settings.rhythm.description"), new VBox(6, row, error));
    }

    private Node health() {
        Button checklist = new Button(I18n.t("settings.health.checklist"), Icons.of(Feather.SLIDERS));
        checklist.setOnAction(e -> ChecklistSheet.open(app, () -> confirm(I18n.t("settings.health.checklistSaved"))));
        Button question = new Button(I18n.t("settings.health.question"), Icons.of(Feather.HELP_CIRCLE));
        question.setOnAction(e -> QuestionSheet.open(app, q -> confirm(I18n.t("settings.health.questionSaved"))));
        return card(I18n.t("settings.health.title"), I18n.t("settings.health.description"), new FlowPane(8, 8, checklist, question));
    }

    private Node backups() {
        Spinner<Integer> daily = spinner("settings-backup-daily", 1, 365, 90, model.backupsDailyProperty());
        Spinner<Integer> weekly = spinner("settings-backup-weekly", 0, 520, 90, model.backupsWeeklyProperty());
        Button save = saveButton(model::saveBackupsKept);
        save.setId("settings-backup-save");
        FlowPane keep = new FlowPane(8, 8, Spoken.label(I18n.t("settings.backups.keep"), daily), daily, Spoken.label(I18n.t("settings.backups.dailyAnd"), weekly), weekly,
                new Label(I18n.t("settings.backups.weeklyCopies")), save);
        keep.setAlignment(Pos.CENTER_LEFT);
        Button now = new Button(I18n.t("settings.backups.now"), Icons.of(Feather.SAVE));
        now.setOnAction(e -> model.backupNow());
        Button restore = new Button(I18n.t("settings.backups.restore"), Icons.of(Feather.ROTATE_CCW));
        restore.setOnAction(e -> RestoreSheet.open(app, actions));
        Label folder = new Label(I18n.t("settings.backups.folder", model.backupFolder().toString()));
        folder.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return card(I18n.t("settings.backups.title"), I18n.t("settings.backups.description"),
                new VBox(8, keep, new HBox(8, now, restore), folder));
    }

    private Node security() {
        boolean encrypted = model.encrypted();
        Label state = new Label(I18n.t(encrypted ? "settings.security.encrypted" : "settings.security.plain"));
        state.setWrapText(true);
        FlowPane buttons = new FlowPane(8, 8);
        if (encrypted) {
            Button change = new Button(I18n.t("settings.security.changePassphrase"), Icons.of(Feather.KEY));
            change.setOnAction(e -> actions.changePassphrase());
            Button decrypt = new Button(I18n.t("settings.security.decrypt"), Icons.of(Feather.UNLOCK));
            decrypt.setOnAction(e -> actions.decrypt());
            Spinner<Integer> minutes = spinner("settings-autolock", 0, 240, 90, model.autoLockMinutesProperty());
            Button save = saveButton(model::saveAutoLock);
            FlowPane lock = new FlowPane(8, 8, Spoken.label(I18n.t("settings.security.lockAfter"), minutes), minutes, new Label(I18n.t("settings.security.idleMinutes")),
                    save);
            lock.setAlignment(Pos.CENTER_LEFT);
            buttons.getChildren().addAll(change, decrypt, lock);
        } else {
            Button encrypt = new Button(I18n.t("settings.security.encrypt"), Icons.of(Feather.LOCK));
            encrypt.setId("settings-encrypt");
            encrypt.setOnAction(e -> actions.encrypt());
            buttons.getChildren().add(encrypt);
        }
        return card(I18n.t("settings.security.title"), I18n.t("settings.security.description"), new VBox(8, state, buttons));
    }

    /** An editable number field kept in step with the view-model's value. */
    private static Spinner<Integer> spinner(String id, int min, int max, double width, javafx.beans.property.ObjectProperty<Integer> value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value.get());
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(width);
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        return spinner;
    }

    /** A Save button, off while a save runs. */
    private Button saveButton(Runnable save) {
        Button button = new Button(I18n.t("settings.save"));
        button.disableProperty().bind(model.busyProperty());
        button.setOnAction(e -> save.run());
        return button;
    }

    private void confirm(String text) {
        saved.setText(text);
        app.status().say(text);
    }

    private static VBox card(String title, String description, Node body) {
        Label t = new Label(title);
        t.getStyleClass().add(Styles.TITLE_4);
        Label d = new Label(description);
        d.getStyleClass().add(Styles.TEXT_MUTED);
        d.setWrapText(true);
        VBox card = new VBox(10, t, d, body);
        card.getStyleClass().add("header-card");
        card.setMaxWidth(dev.rapport.ui.common.TextScale.em(64));
        return card;
    }
}
