package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.ui.backup.RestoreSheet;
import dev.rapport.ui.brief.ClientReviewSheet;
import dev.rapport.ui.brief.SummarySheet;
import dev.rapport.ui.clients.ClientForm;
import dev.rapport.ui.clients.DatesSheet;
import dev.rapport.ui.common.AlertDialogs;
import dev.rapport.ui.common.FigureTable;
import dev.rapport.ui.contacts.ContactForm;
import dev.rapport.ui.contacts.DuplicatesSheet;
import dev.rapport.ui.contacts.MergeSheet;
import dev.rapport.ui.data.DataMenu;
import dev.rapport.ui.data.DataSheets;
import dev.rapport.ui.health.ChecklistSheet;
import dev.rapport.ui.health.QuestionSheet;
import dev.rapport.ui.health.ReviewSheet;
import dev.rapport.ui.ledger.ProblemForm;
import dev.rapport.ui.ledger.PromiseForm;
import dev.rapport.ui.ledger.RequestForm;
import dev.rapport.ui.ledger.ResponseSettingsForm;
import dev.rapport.ui.quicklog.QuickLogLine;
import dev.rapport.ui.mail.UnmatchedMail;
import dev.rapport.ui.security.ConversionDialog;
import dev.rapport.ui.security.PassphraseDialog;
import dev.rapport.ui.security.UnlockDialog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Dialog;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The one walk through the window the screen-wide tests share (raw keys, cut text, spoken names):
 * every main screen (Ctrl+1…8) and People, every tab of a client page, every sheet and every kind of
 * dialog, each laid out and handed to a check with a name for the failure message.
 * <p>
 * The progress and import-done sheets are opened as they stand during and after an import, without
 * one. Not visited, and why: the mail-drop result follows an import of mail, which would change the
 * journal the later places are built on; it is a Form like the sheets visited, built by the same helpers.
 */
final class ScreenWalk {
    enum Part { SCREENS, CLIENT_TABS, SHEETS, DIALOGS }

    /** Looks at one place; {@code root} is the whole window for screens, the sheet or the dialog's pane otherwise. */
    interface Check {
        void at(String where, Parent root);
    }

    private final FxRobot robot;
    private final Stage stage;
    private final JournalSession session;
    private final Path dir;

    ScreenWalk(FxRobot robot, Stage stage, JournalSession session, Path dir) {
        this.robot = robot;
        this.stage = stage;
        this.session = session;
        this.dir = dir;
    }

    static Set<Part> all() {
        return EnumSet.allOf(Part.class);
    }

    /** Builds the window in the current language and visits the parts asked for, in order. */
    void walk(Set<Part> parts, Check check) {
        Client client = session.clients().all().stream().filter(c -> !c.archived()).findFirst().orElseThrow();
        Path csv = contactsCsv();
        robot.interact(() -> {
            MainView main = UiTestSupport.show(stage, session, new FakeDialogs());
            Scene scene = stage.getScene();
            if (parts.contains(Part.SCREENS)) {
                for (int screen = 1; screen <= 8; screen++) {
                    screen(screen);
                    look(check, "Ctrl+" + screen, scene.getRoot());
                }
                main.showPeople();
                look(check, "People", scene.getRoot());
                syncAfterARound(main, check);
            }
            if (parts.contains(Part.CLIENT_TABS)) {
                main.showClient(client.id());
                TabPane tabs = (TabPane) scene.lookup("#client-page").lookup(".tab-pane");
                for (Tab tab : tabs.getTabs()) {
                    tabs.getSelectionModel().select(tab);
                    look(check, "client page, tab " + (tab.getId() == null ? tab.getText() : tab.getId()), scene.getRoot());
                }
            }
            if (parts.contains(Part.SHEETS)) {
                sheets(main, client, csv).forEach((name, open) -> {
                    open.run();
                    Parent sheet = (Parent) main.openSheet();
                    if (sheet != null) {
                        look(check, name, sheet);
                        main.close();
                    } else { // the quick log is a popup over the window
                        javafx.stage.Window popup = javafx.stage.Window.getWindows().stream()
                                .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()).reduce((a, b) -> b).orElseThrow();
                        look(check, name, popup.getScene().getRoot());
                        popup.hide();
                    }
                });
            }
        });
        if (parts.contains(Part.SHEETS)) {
            chartTable(check);
        }
        if (parts.contains(Part.DIALOGS)) {
            dialogs(client).forEach((name, make) -> robot.interact(() -> {
                Dialog<?> dialog = make.get();
                dialog.show();
                look(check, name, dialog.getDialogPane());
                dialog.close();
            }));
        }
    }

    private Map<String, Runnable> sheets(MainView main, Client client, Path csv) {
        var app = main.context();
        List<Contact> people = session.contacts().forClient(client.id());
        Map<String, Runnable> sheets = new LinkedHashMap<>();
        sheets.put("new-entry sheet", () -> main.newInteraction(client.id()));
        session.interactions().forClient(client.id(), 1, 0).stream().findFirst()
                .ifPresent(entry -> sheets.put("edit-entry sheet", () -> main.editInteraction(entry.interaction().id())));
        sheets.put("quick log", () -> QuickLogLine.open(app, main, () -> { }));
        sheets.put("shortcut sheet", () -> ShortcutSheet.open(main));
        sheets.put("new-client sheet", main::newClient);
        sheets.put("client sheet", () -> ClientForm.open(app, client, c -> { }));
        sheets.put("contact sheet", () -> ContactForm.open(app, client.id(), client.name(), null, c -> { }));
        sheets.put("dates sheet", () -> DatesSheet.open(app, client));
        sheets.put("promise sheet", () -> PromiseForm.create(app, client.id(), null, "", p -> { }));
        sheets.put("request sheet", () -> RequestForm.create(app, client.id(), r -> { }));
        sheets.put("problem sheet", () -> ProblemForm.create(app, client.id(), p -> { }));
        sheets.put("review sheet", () -> ReviewSheet.open(app, client.id(), null, r -> { }));
        sheets.put("question sheet", () -> QuestionSheet.open(app, q -> { }));
        sheets.put("checklist sheet", () -> ChecklistSheet.open(app, () -> { }));
        sheets.put("response targets sheet", () -> ResponseSettingsForm.open(app, null, () -> { }));
        sheets.put("duplicates sheet", () -> DuplicatesSheet.open(app, () -> { }));
        if (people.size() >= 2) {
            sheets.put("merge sheet", () -> MergeSheet.open(app, people.get(0), people.get(1), () -> { }));
        }
        sheets.put("summary sheet", () -> SummarySheet.open(app, client));
        sheets.put("client review sheet", () -> ClientReviewSheet.open(app, client));
        sheets.put("restore sheet", () -> RestoreSheet.open(app, new RecordingActions()));
        sheets.put("import preview", () -> main.dataMenu().previewImport(DataMenu.ImportKind.CONTACTS_CSV, csv));
        sheets.put("progress sheet", () -> DataSheets.progress(app, I18n.t("data.reading", "contacts from the old laptop.csv")));
        sheets.put("import-done sheet", () -> DataSheets.importDone(app, "contacts from the old laptop.csv", 3));
        sheets.put("unmatched-mail sheet", () -> new UnmatchedMail(app, () -> { }).open());
        sheets.put("save-view sheet", () -> {
            screen(2);
            ((ButtonBase) stage.getScene().lookup("#clients-save-view")).fire();
        });

        return sheets;
    }

    private Map<String, Supplier<Dialog<?>>> dialogs(Client client) {
        Map<String, Supplier<Dialog<?>>> dialogs = new LinkedHashMap<>();
        dialogs.put("delete-client question", () -> {
            Alert question = AlertDialogs.choice(stage, I18n.t("clients.delete.title", client.name()),
                    I18n.t("clients.delete.text", client.name(), I18n.plural("clients.delete.people", 3),
                            I18n.plural("clients.delete.entries", 12)),
                    List.of(I18n.t("clients.delete.archiveInstead"), I18n.t("clients.delete.all")));
            return question;
        });
        dialogs.put("remove-person question", () -> AlertDialogs.confirmation(stage, I18n.t("contacts.remove.title", client.name()),
                I18n.t("contacts.remove.text", client.name(), client.name()) + "\n\n" + I18n.t("contacts.remove.elsewhere", client.name(), client.name()),
                I18n.t("contacts.remove.action")));
        dialogs.put("error notice", () -> AlertDialogs.notice(stage, Alert.AlertType.ERROR, I18n.t("data.nothingImported"),
                I18n.t("data.store.refused", I18n.t("validation.rule.promiseDates"))));
        dialogs.put("information notice", () -> AlertDialogs.notice(stage, Alert.AlertType.INFORMATION, I18n.t("app.title.readOnly"),
                I18n.t("app.backup.failed")));
        dialogs.put("current-passphrase dialog", () -> PassphraseDialog.current(stage, I18n.t("security.encrypt.title", session.displayName()),
                I18n.t("security.encrypt.prompt", dev.rapport.logic.EncryptionService.MIN_PASSPHRASE_LENGTH), I18n.t("security.encrypt.action"), p -> true));
        dialogs.put("conversion dialog", () -> new ConversionDialog(stage, I18n.t("security.encrypting", session.displayName())));
        dialogs.put("unlock dialog", () -> new UnlockDialog(stage, "journal.rapport", dev.rapport.ui.common.Background.sameThread(),
                passphrase -> session));
        dialogs.put("new-passphrase dialog", () -> PassphraseDialog.fresh(stage, I18n.t("security.encrypt.title", session.displayName()),
                I18n.t("security.encrypt.prompt", dev.rapport.logic.EncryptionService.MIN_PASSPHRASE_LENGTH), I18n.t("security.encrypt.action")));
        return dialogs;
    }

    /** The heat map's table (Ctrl+T on the Health screen), once the screen has drawn its chart. */
    private void chartTable(Check check) {
        MainView main = (MainView) stage.getScene().getRoot();
        robot.interact(() -> screen(7));
        robot.interact(() -> {
            if (!FigureTable.openShown(stage.getScene().getRoot())) {
                throw new AssertionError("no chart on the Health screen to open as a table");
            }
            look(check, "chart table sheet", (Parent) main.openSheet());
            main.close();
        });
    }

    /**
     * Settings → Sync once a folder is chosen and a round (a fake engine's) reported another device and
     * a concurrent edit with long values: the card's full state, and the top bar's word on it.
     */
    private void syncAfterARound(MainView main, Check check) {
        dev.rapport.logic.sync.FakeSyncEngine engine = new dev.rapport.logic.sync.FakeSyncEngine();
        java.time.Instant at = session.clock().instant().minusSeconds(120);
        engine.next = new dev.rapport.logic.sync.SyncRound.Report(12, 3,
                List.of(new dev.rapport.logic.sync.SyncRound.Device("d1", "Desk-PC in the upstairs office", at)),
                List.of(new dev.rapport.logic.sync.SyncRound.ConcurrentEdit("e1", "Promise: the revised budget for the second phase",
                        "due date", "Monday 30 November, after the steering group", "Desk-PC in the upstairs office", at,
                        "Friday 27 November", "This computer", at.minusSeconds(300))), false);
        dev.rapport.export.secrets.Secrets memory = dev.rapport.export.secrets.Secrets.inMemory();
        memory.keep(session.file().toAbsolutePath().toString(), "walk".toCharArray());
        var keyring = dev.rapport.ui.settings.SyncSettingsModel.secretStore;
        dev.rapport.ui.settings.SyncSettingsModel.secretStore = () -> memory;
        dev.rapport.logic.sync.SyncWiring.use(engine);
        try {
            Path folder = Files.createDirectories(dir.resolve("Sync folder"));
            screen(8);
            dev.rapport.ui.settings.SyncSettingsModel.of(main.context()).chooseFolder(folder);
            look(check, "Settings → Sync, after a round", stage.getScene().getRoot());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            dev.rapport.logic.sync.SyncWiring.use(null);
            dev.rapport.ui.settings.SyncSettingsModel.secretStore = keyring;
        }
    }

    /** Shows a main screen as its shortcut (Ctrl+digit) does. */
    private void screen(int digit) {
        stage.getScene().getAccelerators().get(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + digit), KeyCombination.SHORTCUT_DOWN)).run();
    }

    private Path contactsCsv() {
        Path csv = dir.resolve("people.csv");
        try {
            Files.writeString(csv, "name,client,email\nAnn Lee,Acme,ann@acme.test\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv;
    }

    /**
     * Lays the place out as a window's pulses would before anyone looks: more than once, because some
     * layouts size a part from what the previous pass gave it (AtlantaFX's tile takes its height from its
     * title's last bounds), and a single pass shows a state no user ever sees.
     */
    private static void look(Check check, String where, Parent root) {
        Parent window = root.getScene() == null ? root : root.getScene().getRoot();
        for (int pass = 0; pass < LAYOUT_PASSES; pass++) {
            window.applyCss();
            window.layout();
        }
        root.applyCss();
        root.layout();
        check.at(where, root);
    }

    private static final int LAYOUT_PASSES = 3;
}
