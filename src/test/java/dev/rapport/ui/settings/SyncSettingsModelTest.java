package dev.rapport.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.export.secrets.Secrets;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.sync.FakeSyncEngine;
import dev.rapport.logic.sync.SyncRound;
import dev.rapport.logic.sync.SyncSettings;
import dev.rapport.logic.sync.SyncTiming;
import dev.rapport.logic.sync.SyncWiring;
import dev.rapport.model.Client;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Ticker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When sync runs by itself, with a clock and a ticker the test moves: on start once a folder is
 * chosen, every so many minutes, once after a burst of saves, never two rounds at a time, and its
 * state and failures as the top bar shows them. No waiting: the background runs at once.
 */
class SyncSettingsModelTest {
    @TempDir
    Path dir;

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final Secrets secrets = Secrets.inMemory();
    private final FakeSyncEngine engine = new FakeSyncEngine();
    private final ManualTicker ticker = new ManualTicker();
    private final List<String> said = new ArrayList<>();
    private JournalSession session;
    private SyncSettingsModel model;
    private Path folder;

    @BeforeEach
    void setUp() throws Exception {
        I18n.use(Language.ENGLISH);
        SyncWiring.use(engine);
        session = JournalSession.open(dir.resolve("journal.rapport"), clock);
        folder = Files.createDirectory(dir.resolve("Sync"));
        model = new SyncSettingsModel(session, Background.direct(), () -> secrets);
        model.onSaid(said::add);
    }

    @AfterEach
    void tearDown() {
        model.stop();
        session.close();
        SyncWiring.use(null);
    }

    /** A folder and passphrase chosen before the window opens, as on a device already set up. */
    private void setUpBefore(int everyMinutes) {
        SyncSettings settings = new SyncSettings(session.settings());
        settings.storeFolder(folder.toString());
        settings.storeDeviceName("Laptop");
        settings.storeEveryMinutes(everyMinutes);
        secrets.keep(session.file().toAbsolutePath().toString(), "folder secret".toCharArray());
    }

    private void save() {
        session.clients().save(Client.create("Client " + clock.instant()));
    }

    @Test
    void withNoFolderNothingRunsAndTheTopBarShowsNothing() {
        model.start(ticker);
        clock.advance(Duration.ofHours(1));
        save();
        clock.advance(Duration.ofMinutes(1));
        ticker.tick();
        assertThat(engine.calls).isEmpty();
        assertThat(model.stateProperty().get()).isEqualTo(SyncSettingsModel.State.OFF);
        assertThat(model.stateText()).isEmpty();
    }

    @Test
    void aRoundRunsOnStartThenEveryIntervalNotBefore() {
        setUpBefore(5);
        model.start(ticker);
        assertThat(engine.calls).containsExactly(new FakeSyncEngine.Call(folder.toAbsolutePath(), "Laptop", "folder secret"));
        assertThat(ticker.period).isEqualTo(SyncSettingsModel.TICK);

        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        ticker.tick();
        assertThat(engine.calls).hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        ticker.tick();
        assertThat(engine.calls).hasSize(2);
        assertThat(model.stateProperty().get()).isEqualTo(SyncSettingsModel.State.SYNCED);
        assertThat(model.lastSyncedProperty().get()).isEqualTo(clock.instant());
        assertThat(model.stateText()).isEqualTo(I18n.t("syncing.state.synced", "08:05"));
    }

    @Test
    void aBurstOfSavesMakesOneRoundShortlyAfterTheLast() {
        setUpBefore(0);
        model.start(ticker);
        assertThat(engine.calls).hasSize(1);

        save();
        clock.advance(Duration.ofSeconds(15));
        save();
        clock.advance(SyncTiming.AFTER_SAVE.minusSeconds(1));
        ticker.tick();
        assertThat(engine.calls).as("the last save is not yet %s old", SyncTiming.AFTER_SAVE).hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        ticker.tick();
        ticker.tick();
        assertThat(engine.calls).hasSize(2);

        clock.advance(Duration.ofHours(2));
        ticker.tick();
        assertThat(engine.calls).as("interval off: no round without a save").hasSize(2);
    }

    @Test
    void whatTheRoundItselfWritesIsNotASaveToSyncAfter() {
        setUpBefore(0);
        engine.during = this::save;
        model.start(ticker);
        assertThat(engine.calls).hasSize(1);
        clock.advance(Duration.ofMinutes(1));
        ticker.tick();
        assertThat(engine.calls).hasSize(1);
    }

    @Test
    void oneRoundAtATime() {
        setUpBefore(1);
        model.start(ticker);
        engine.during = () -> {
            clock.advance(Duration.ofMinutes(5));
            ticker.tick();
            model.syncNow();
        };
        clock.advance(Duration.ofMinutes(1));
        ticker.tick();
        assertThat(engine.calls).hasSize(2);
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void aFailedRoundShowsInTheStateWithItsMessageAndTheNextRoundClearsIt() {
        setUpBefore(5);
        engine.failure = new SyncRound.Failure(SyncRound.Failure.Reason.FOLDER_NOT_WRITABLE, folder.toString());
        model.start(ticker);
        assertThat(model.stateProperty().get()).isEqualTo(SyncSettingsModel.State.FAILED);
        assertThat(model.errorProperty().get()).isEqualTo(I18n.t("syncing.failure.folderNotWritable", folder.toString()));
        assertThat(said).as("a round by itself fails quietly: the top bar says it").isEmpty();

        engine.failure = null;
        model.syncNow();
        assertThat(model.stateProperty().get()).isEqualTo(SyncSettingsModel.State.SYNCED);
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void withoutAKeptPassphraseTheRoundAsksForItAndKeepingItRunsTheRound() {
        SyncSettings settings = new SyncSettings(session.settings());
        settings.storeFolder(folder.toString());
        model.start(ticker);
        assertThat(engine.calls).isEmpty();
        assertThat(model.stateProperty().get()).isEqualTo(SyncSettingsModel.State.FAILED);
        assertThat(model.errorProperty().get()).isEqualTo(I18n.t("syncing.passphrase.missing"));

        model.passphraseProperty().set("folder secret");
        model.savePassphrase();
        assertThat(model.passphraseProperty().get()).isEmpty();
        assertThat(model.passphraseKeptProperty().get()).isTrue();
        assertThat(engine.calls).extracting(FakeSyncEngine.Call::passphrase).containsExactly("folder secret");
    }

    @Test
    void choosingAFolderRemembersItForThisDeviceAndSyncsAtOnce() {
        secrets.keep(session.file().toAbsolutePath().toString(), "folder secret".toCharArray());
        model.start(ticker);
        assertThat(model.deviceNameProperty().get()).as("the host name until one is given").isEqualTo(SyncSettings.hostName());
        model.deviceNameProperty().set("  Laptop ");
        model.saveDeviceName();
        model.chooseFolder(folder);
        assertThat(session.settings().get(SyncSettings.FOLDER)).contains(folder.toAbsolutePath().toString());
        assertThat(session.settings().get(SyncSettings.DEVICE_NAME)).contains("Laptop");
        assertThat(engine.calls).containsExactly(new FakeSyncEngine.Call(folder.toAbsolutePath(), "Laptop", "folder secret"));
        assertThat(said).contains(I18n.t("syncing.folder.saved", folder.toAbsolutePath().toString()));
    }

    @Test
    void aBlankDeviceNameIsRefusedNamingTheField() {
        model.load();
        model.deviceNameProperty().set("  ");
        model.saveDeviceName();
        assertThat(model.errorProperty().get()).isEqualTo(I18n.t("syncing.device.empty"));
        assertThat(session.settings().get(SyncSettings.DEVICE_NAME)).isEmpty();
    }

    @Test
    void aConcurrentEditIsListedInWordsAndTakenBack() {
        setUpBefore(5);
        engine.next = new SyncRound.Report(0, 1, List.of(new SyncRound.Device("d1", "Desk-PC", clock.instant())),
                List.of(new SyncRound.ConcurrentEdit("e1", "Promise: revised budget", "due date", "Monday", "Desk-PC",
                        Instant.parse("2026-12-07T07:02:00Z"), "Friday", "Laptop", Instant.parse("2026-12-07T06:58:00Z"))), false);
        model.start(ticker);
        assertThat(model.edits()).hasSize(1);
        SyncSettingsModel.EditRow row = model.edits().get(0);
        assertThat(row.text()).isEqualTo(I18n.t("syncing.edit.line", "Promise: revised budget", "due date", "Desk-PC", "07:02",
                I18n.t("syncing.edit.yoursWas", "Friday"), "Monday"));
        assertThat(model.devices()).extracting(SyncSettingsModel.DeviceRow::text)
                .containsExactly(I18n.t("syncing.device.lastWrote", "Desk-PC", "08:00"));
        assertThat(said).as("a round with news says it").hasSize(1);

        model.takeBack(row);
        assertThat(engine.takenBack).containsExactly("e1");
        assertThat(model.edits()).isEmpty();
    }

    @Test
    void theIntervalIsStoredAndTheRoundsFollowIt() {
        setUpBefore(5);
        model.start(ticker);
        model.saveInterval(60);
        assertThat(new SyncSettings(session.settings()).everyMinutes()).isEqualTo(60);
        clock.advance(Duration.ofMinutes(30));
        ticker.tick();
        assertThat(engine.calls).hasSize(1);
        clock.advance(Duration.ofMinutes(30));
        ticker.tick();
        assertThat(engine.calls).hasSize(2);
    }

    /** A clock the test moves by hand. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Ticks when the test says. */
    private static final class ManualTicker implements Ticker {
        Duration period;
        Runnable tick = () -> { };

        @Override
        public void every(Duration period, Runnable tick) {
            this.period = period;
            this.tick = tick;
        }

        @Override
        public void stop() {
            tick = () -> { };
        }

        void tick() {
            tick.run();
        }
    }
}
