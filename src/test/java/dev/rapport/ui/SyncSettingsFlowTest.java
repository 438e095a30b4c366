package dev.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.export.secrets.Secrets;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.sync.FakeSyncEngine;
import dev.rapport.logic.sync.SyncRound;
import dev.rapport.logic.sync.SyncSettings;
import dev.rapport.logic.sync.SyncWiring;
import dev.rapport.ui.settings.FolderChoice;
import dev.rapport.ui.settings.SyncSettingsModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Settings → Sync by keyboard alone, with a fake engine: the folder chosen (through the chooser's
 * test hook), the device named, the passphrase kept, a round that reports a concurrent edit, the
 * edit in the list in words, and T taking it back; then the top bar's state through a failure and
 * a good round, and Enter on it coming back to the card.
 */
@ExtendWith(ApplicationExtension.class)
class SyncSettingsFlowTest {
    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final FakeSyncEngine engine = new FakeSyncEngine();
    private final Secrets secrets = Secrets.inMemory();
    private JournalSession session;
    private Stage stage;
    private MainView main;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        I18n.use(Language.ENGLISH);
        SyncSettingsModel.secretStore = () -> secrets;
        SyncWiring.use(engine);
        folder = Files.createDirectory(dir.resolve("Sync"));
        FolderChoice.use((owner, title) -> folder);
        session = UiTestSupport.journal(dir);
        main = UiTestSupport.show(stage, session, dialogs);
    }

    @AfterEach
    void close() {
        SyncSettingsModel.secretStore = () -> Secrets.forService("Rapport sync");
        SyncWiring.use(null);
        FolderChoice.use(null);
        session.close();
    }

    private String focused() {
        Node owner = stage.getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    private void tabTo(KeyboardOnly keys, String id) {
        for (int i = 0; i < 150 && !id.equals(focused()); i++) {
            keys.key(KeyCode.TAB);
        }
        assertThat(focused()).as("Tab reaches " + id).isEqualTo(id);
    }

    /** The node and every parent visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static SyncRound.Report withOneEdit() {
        return new SyncRound.Report(2, 1, List.of(new SyncRound.Device("d1", "Desk-PC", Instant.parse("2026-11-25T09:58:00Z"))),
                List.of(new SyncRound.ConcurrentEdit("e1", "Promise: revised budget", "due date", "Monday", "Desk-PC",
                        Instant.parse("2026-11-25T09:58:00Z"), "Friday", "Laptop", Instant.parse("2026-11-25T09:50:00Z"))), false);
    }

    @Test
    void aFolderIsChosenTheDeviceNamedAConcurrentEditSeenAndTakenBackWithTheKeyboardAlone(FxRobot robot) {
        KeyboardOnly keys = new KeyboardOnly(robot, stage.getScene());
        keys.key(KeyCode.CONTROL, KeyCode.DIGIT8);
        assertThat(shown(robot.lookup("#settings-sync-empty").query())).as("the empty state before a folder").isTrue();
        assertThat(shown(robot.lookup("#settings-sync-now").query())).isFalse();

        tabTo(keys, "settings-sync-choose");
        keys.key(KeyCode.SPACE);
        assertThat(session.settings().get(SyncSettings.FOLDER)).contains(folder.toAbsolutePath().toString());
        assertThat(text(robot, "#settings-sync-error")).as("no passphrase yet").isEqualTo(I18n.t("syncing.passphrase.missing"));
        assertThat(engine.calls).isEmpty();

        assertThat(shown(robot.lookup("#settings-sync-now").query())).isTrue();
        assertThat(shown(robot.lookup("#settings-sync-empty").query())).isFalse();
        tabTo(keys, "settings-sync-device");
        keys.key(KeyCode.CONTROL, KeyCode.A).write("Laptop").key(KeyCode.ENTER);
        assertThat(session.settings().get(SyncSettings.DEVICE_NAME)).contains("Laptop");

        engine.next = withOneEdit();
        tabTo(keys, "settings-sync-passphrase");
        keys.write("folder secret").key(KeyCode.ENTER);
        assertThat(engine.calls).containsExactly(new FakeSyncEngine.Call(folder.toAbsolutePath(), "Laptop", "folder secret"));
        assertThat(text(robot, "#settings-sync-said")).isEqualTo(I18n.t("syncing.report.summary",
                I18n.plural("syncing.report.sent", 2), I18n.plural("syncing.report.received", 1)));
        @SuppressWarnings("unchecked")
        ListView<SyncSettingsModel.EditRow> edits = robot.lookup("#settings-sync-edits").queryAs(ListView.class);
        assertThat(edits.getItems()).extracting(SyncSettingsModel.EditRow::text).containsExactly(I18n.t("syncing.edit.line",
                "Promise: revised budget", "due date", "Desk-PC", "09:58", I18n.t("syncing.edit.yoursWas", "Friday"), "Monday"));
        @SuppressWarnings("unchecked")
        ListView<SyncSettingsModel.DeviceRow> devices = robot.lookup("#settings-sync-devices").queryAs(ListView.class);
        assertThat(devices.getItems()).extracting(SyncSettingsModel.DeviceRow::text)
                .containsExactly(I18n.t("syncing.device.lastWrote", "Desk-PC", "09:58"));

        // Sync now again: nothing new this time
        engine.next = new SyncRound.Report(0, 0, List.of(), List.of(), false);
        tabTo(keys, "settings-sync-now");
        keys.key(KeyCode.SPACE);
        assertThat(engine.calls).hasSize(2);
        assertThat(edits.getItems()).as("the history keeps the edit across rounds").hasSize(1);

        tabTo(keys, "settings-sync-edits");
        keys.key(KeyCode.HOME).key(KeyCode.T);
        assertThat(engine.takenBack).containsExactly("e1");
        assertThat(edits.getItems()).isEmpty();
        assertThat(text(robot, "#settings-sync-said")).isEqualTo(I18n.t("syncing.edit.takenBack"));
        keys.report("Settings → Sync: folder, name, passphrase, round, take back");
    }

    @Test
    void theTopBarShowsNothingUntilAFolderThenTheFailureAndTheLastGoodRound(FxRobot robot) {
        Button badge = robot.lookup("#sync-badge").queryAs(Button.class);
        assertThat(badge.isVisible()).isFalse();

        secrets.keep(session.file().toAbsolutePath().toString(), "folder secret".toCharArray());
        engine.failure = new SyncRound.Failure(SyncRound.Failure.Reason.WRONG_PASSPHRASE);
        robot.interact(() -> SyncSettingsModel.of(main.context()).chooseFolder(folder));
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).as("an icon alone").isNull();
        assertThat(badge.getAccessibleText()).isEqualTo(I18n.t("syncing.state.failedBecause", I18n.t("syncing.failure.wrongPassphrase")));
        assertThat(badge.getTooltip().getText()).isEqualTo(badge.getAccessibleText());

        engine.failure = null;
        robot.interact(() -> SyncSettingsModel.of(main.context()).syncNow());
        assertThat(badge.getText()).as("an icon alone").isNull();
        assertThat(badge.getAccessibleText()).isEqualTo(I18n.t("syncing.state.synced", "10:00"));

        KeyboardOnly keys = new KeyboardOnly(robot, stage.getScene());
        robot.interact(badge::requestFocus);
        keys.key(KeyCode.SPACE);
        try {
            // Settings builds its cards after a read off the FX thread: the focus arrives with the card
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> "settings-sync-choose".equals(focused()));
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion below says where the focus is instead
        }
        assertThat(focused()).as("the badge opens Settings at the Sync card").isEqualTo("settings-sync-choose");
    }

    @Test
    void theTopBarSaysSyncInUkrainianToo(FxRobot robot) {
        robot.interact(() -> {
            I18n.use(Language.UKRAINIAN);
            main.rebuild("");
        });
        secrets.keep(session.file().toAbsolutePath().toString(), "folder secret".toCharArray());
        robot.interact(() -> SyncSettingsModel.of(main.context()).chooseFolder(folder));
        Button badge = robot.lookup("#sync-badge").queryAs(Button.class);
        assertThat(badge.getAccessibleText()).isEqualTo("Синхронізовано 10:00");
        robot.interact(() -> I18n.use(Language.ENGLISH));
    }
}
