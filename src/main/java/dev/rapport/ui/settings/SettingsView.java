package dev.rapport.ui.settings;

import atlantafx.base.theme.Styles;
import dev.rapport.model.RapportException;
import dev.rapport.model.Rhythm;
import dev.rapport.model.ValidationException;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.JournalActions;
import dev.rapport.ui.backup.RestoreSheet;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.Refreshable;
import dev.rapport.ui.health.ChecklistSheet;
import dev.rapport.ui.health.QuestionSheet;
import dev.rapport.ui.ledger.ResponseSettingsForm;
import dev.rapport.ui.security.IdleLock;

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
    private final VBox page = new VBox(16);
    private final Label saved = new Label();

    public SettingsView(AppContext app, JournalActions actions) {
        this.app = app;
        this.actions = actions;
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
        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.TITLE_2);
        saved.setId("settings-saved");
        saved.getStyleClass().addAll(Styles.SUCCESS, Styles.TEXT_SMALL);
        HBox head = new HBox(12, title, saved);
        head.setAlignment(Pos.BASELINE_LEFT);
        page.getChildren().setAll(head, appearance(), work(), rhythm(), health(), new CrmSettings(app, this::confirm).node(),
                backups(), security());
    }

    private Node appearance() {
        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("settings-theme");
        theme.getItems().setAll(Theme.values());
        theme.setConverter(new dev.rapport.ui.common.EnumLabels<>(Theme::label));
        theme.setValue(Theme.saved());
        theme.valueProperty().addListener((o, a, b) -> {
            b.applyAndSave();
            confirm("Theme: " + b.label().toLowerCase() + ".");
        });
        return card("Appearance", "Light or dark, for this computer.", theme);
    }

    private Node work() {
        Button hours = new Button("Working hours and response targets…", Icons.of(Feather.CLOCK));
        hours.setId("settings-hours");
        hours.setOnAction(e -> ResponseSettingsForm.open(app, null, () -> confirm("Working hours saved.")));
        return card("Working hours and answers", "Your time zone and working hours, which count toward the answer "
                + "times; each client's acknowledgement and answer targets; the acknowledgement and answer templates.", hours);
    }

    private Node rhythm() {
        Rhythm current = app.session().preferences().defaultRhythm();
        Spinner<Integer> ideal = new Spinner<>(1, 3650, current.idealDays());
        ideal.setId("settings-rhythm-ideal");
        ideal.setEditable(true);
        ideal.setPrefWidth(100);
        Spinner<Integer> max = new Spinner<>(1, 3650, current.maxDays());
        max.setId("settings-rhythm-max");
        max.setEditable(true);
        max.setPrefWidth(100);
        Label error = new Label();
        error.setId("settings-rhythm-error");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Button save = new Button("Save");
        save.setId("settings-rhythm-save");
        save.setOnAction(e -> {
            try {
                app.session().preferences().setDefaultRhythm(new Rhythm(ideal.getValue(), max.getValue()));
                error.setText("");
                confirm("New clients start with a rhythm of " + ideal.getValue() + "–" + max.getValue() + " days.");
            } catch (ValidationException ex) {
                error.setText(ex.getMessage());
            }
        });
        HBox row = new HBox(8, new Label("Ideally every"), ideal, new Label("days, at most every"), max, new Label("days"), save);
        row.setAlignment(Pos.CENTER_LEFT);
        return card("Keep in touch", "The rhythm a new client starts with, counted from the last logged conversation. "
                + "Each client's own rhythm is set on its page.", new VBox(6, row, error));
    }

    private Node health() {
        Button checklist = new Button("Checklist items and prompts…", Icons.of(Feather.SLIDERS));
        checklist.setOnAction(e -> ChecklistSheet.open(app, () -> confirm("Checklist saved.")));
        Button question = new Button("Question of the period…", Icons.of(Feather.HELP_CIRCLE));
        question.setOnAction(e -> QuestionSheet.open(app, q -> confirm("Question of the period saved.")));
        return card("Relationship health", "The eleven attributes and four goals you review, the satisfaction norm, and "
                + "the one question you ask this period.", new FlowPane(8, 8, checklist, question));
    }

    private Node backups() {
        var prefs = app.session().preferences();
        Spinner<Integer> daily = new Spinner<>(1, 365, prefs.backupsDaily());
        daily.setId("settings-backup-daily");
        daily.setEditable(true);
        daily.setPrefWidth(90);
        Spinner<Integer> weekly = new Spinner<>(0, 520, prefs.backupsWeekly());
        weekly.setId("settings-backup-weekly");
        weekly.setEditable(true);
        weekly.setPrefWidth(90);
        Button save = new Button("Save");
        save.setId("settings-backup-save");
        save.setOnAction(e -> {
            try {
                prefs.setBackupsKept(daily.getValue(), weekly.getValue());
                confirm("Keeping " + daily.getValue() + " daily and " + weekly.getValue() + " weekly backups.");
            } catch (RapportException ex) {
                app.dialogs().error("Backups", ex.getMessage());
            }
        });
        HBox keep = new HBox(8, new Label("Keep"), daily, new Label("daily and"), weekly, new Label("weekly copies"), save);
        keep.setAlignment(Pos.CENTER_LEFT);
        Button now = new Button("Back up now", Icons.of(Feather.SAVE));
        now.setOnAction(e -> app.background().run(() -> app.session().backups().backupNow(null),
                f -> confirm("Backup written to " + f.getFileName() + "."), t -> app.dialogs().error("Backup", t.getMessage())));
        Button restore = new Button("Restore from backup…", Icons.of(Feather.ROTATE_CCW));
        restore.setOnAction(e -> RestoreSheet.open(app, actions));
        Label folder = new Label("Folder: " + app.session().file().toAbsolutePath().getParent().resolve("backups"));
        folder.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return card("Backups", "A checked copy on start-up once a day and before every upgrade of the journal.",
                new VBox(8, keep, new HBox(8, now, restore), folder));
    }

    private Node security() {
        boolean encrypted = app.session().isEncrypted();
        Label state = new Label(encrypted ? "This journal is encrypted (AES-256-GCM, key from your passphrase with Argon2id)."
                : "This journal is not encrypted: anyone who can read the file can read your notes.");
        state.setWrapText(true);
        FlowPane buttons = new FlowPane(8, 8);
        if (encrypted) {
            Button change = new Button("Change passphrase…", Icons.of(Feather.KEY));
            change.setOnAction(e -> actions.changePassphrase());
            Button decrypt = new Button("Decrypt…", Icons.of(Feather.UNLOCK));
            decrypt.setOnAction(e -> actions.decrypt());
            Spinner<Integer> minutes = new Spinner<>(0, 240, IdleLock.minutes(app.session().settings().get(IdleLock.SETTING)));
            minutes.setId("settings-autolock");
            minutes.setEditable(true);
            minutes.setPrefWidth(90);
            Button save = new Button("Save");
            save.setOnAction(e -> {
                app.session().settings().put(IdleLock.SETTING, Integer.toString(minutes.getValue()));
                confirm(minutes.getValue() == 0 ? "The journal never locks by itself." : "Locks after " + minutes.getValue()
                        + " idle minutes (from the next start).");
            });
            HBox lock = new HBox(8, new Label("Lock after"), minutes, new Label("idle minutes (0 = never)"), save);
            lock.setAlignment(Pos.CENTER_LEFT);
            buttons.getChildren().addAll(change, decrypt, lock);
        } else {
            Button encrypt = new Button("Encrypt this journal…", Icons.of(Feather.LOCK));
            encrypt.setId("settings-encrypt");
            encrypt.setOnAction(e -> actions.encrypt());
            buttons.getChildren().add(encrypt);
        }
        return card("Security", "Encryption at rest, the way password managers keep their vaults.", new VBox(8, state, buttons));
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
        card.setMaxWidth(900);
        return card;
    }
}
