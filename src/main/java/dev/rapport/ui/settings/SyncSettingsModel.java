package dev.rapport.ui.settings;

import dev.rapport.export.secrets.Secrets;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalChanges;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.sync.SyncRound;
import dev.rapport.logic.sync.SyncSettings;
import dev.rapport.logic.sync.SyncTiming;
import dev.rapport.logic.sync.SyncWiring;
import dev.rapport.logic.sync.SyncWords;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Ticker;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings → Sync and the rounds that run by themselves: on opening the journal, every so many
 * minutes (settable) and a short while after saves, only once a folder is chosen and one round at a
 * time. One per journal session, so the card Settings builds again and the top bar share one state.
 * Every round and every read or write of the journal runs off the FX thread.
 */
public final class SyncSettingsModel {
    /** Weak both ways, as {@link CalendarSettingsModel}'s: the window's parts hold the model while they live. */
    private static final Map<JournalSession, WeakReference<SyncSettingsModel>> MODELS = new WeakHashMap<>();
    /** How often the window asks whether a round is due: often enough for the round after a save to follow soon. */
    static final Duration TICK = Duration.ofSeconds(5);
    /** How many concurrent edits the card lists. */
    static final int RECENT = 20;
    /** Where the sync passphrase of a journal without its own is kept: this computer's keyring, else memory. */
    public static Supplier<Secrets> secretStore = () -> Secrets.forService("Rapport sync");

    /** What the top bar shows. */
    public enum State { OFF, IDLE, SYNCING, SYNCED, FAILED }

    /** Another device and when it last wrote, in words. */
    public record DeviceRow(String id, String text) {
    }

    /** One concurrent edit in words, and the engine's name for it (to take it back). */
    public record EditRow(String id, String text) {
    }

    private final JournalSession session;
    private final Background background;
    private final Supplier<Secrets> secrets;
    private final SyncTiming timing;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    /** True while a round runs or this device's sync settings are stored: those writes are not saves to sync after. */
    private final AtomicBoolean ownWrites = new AtomicBoolean();

    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final StringProperty deviceName = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final ObjectProperty<Integer> interval = new SimpleObjectProperty<>(SyncSettings.DEFAULT_MINUTES);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper passphraseKept = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.OFF);
    private final ReadOnlyObjectWrapper<Instant> lastSynced = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper said = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<DeviceRow> devices = FXCollections.observableArrayList();
    private final ObservableList<EditRow> edits = FXCollections.observableArrayList();
    private Consumer<String> sayer = text -> { };
    private Ticker ticker;
    private JournalChanges.Subscription listening;
    private String storedName = "";
    private int storedMinutes = -1;

    public SyncSettingsModel(JournalSession session, Background background, Supplier<Secrets> secrets) {
        this.session = session;
        this.background = background;
        this.secrets = secrets;
        this.timing = new SyncTiming(session.clock());
    }

    /** The one model of the window's journal (FX thread). */
    public static SyncSettingsModel of(AppContext app) {
        WeakReference<SyncSettingsModel> known = MODELS.get(app.session());
        SyncSettingsModel model = known == null ? null : known.get();
        if (model == null) {
            model = new SyncSettingsModel(app.session(), app.background(), () -> secretStore.get());
            model.onSaid(app.status()::say);
            model.load();
            MODELS.put(app.session(), new WeakReference<>(model));
        }
        return model;
    }

    /** Where a change stored or a round with news is said besides the card (the status line). */
    public void onSaid(Consumer<String> listener) {
        this.sayer = listener;
    }

    /** A round now if a folder is chosen, then one whenever {@link SyncTiming} says so; saves are heard from here on. */
    public void start(Ticker ticker) {
        stop();
        this.ticker = ticker;
        listening = session.changes().listen(change -> {
            if (!ownWrites.get()) {
                timing.saved();
            }
        });
        load(this::tick);
        ticker.every(TICK, this::tick);
    }

    /** Stops the rounds by themselves (the window closes). */
    public void stop() {
        if (ticker != null) {
            ticker.stop();
            ticker = null;
        }
        if (listening != null) {
            listening.close();
            listening = null;
        }
    }

    /** A round if one is due, a folder is chosen and none runs. */
    public void tick() {
        if (!folder.get().isEmpty() && !running.get() && timing.due(storedMinutes < 0 ? SyncSettings.DEFAULT_MINUTES : storedMinutes)) {
            round(true);
        }
    }

    /** Reads what is stored: the folder, the name, the interval, whether a passphrase is kept, the recent concurrent edits. */
    public void load() {
        load(() -> { });
    }

    private void load(Runnable then) {
        background.run(() -> {
            SyncSettings stored = new SyncSettings(session.settings());
            String shown = stored.folder().map(Path::toString).orElse("");
            // the keyring is asked only once sync is set up: opening it can take a moment
            boolean chosen = !shown.isEmpty();
            return new Loaded(shown, stored.deviceName(), stored.everyMinutes(), chosen && kept(), chosen ? editRows(stored.deviceName()) : List.of());
        }, loaded -> {
            folder.set(loaded.folder());
            storedName = loaded.name();
            deviceName.set(loaded.name());
            storedMinutes = loaded.minutes();
            interval.set(loaded.minutes());
            passphraseKept.set(loaded.passphraseKept());
            edits.setAll(loaded.edits());
            if (state.get() == State.OFF && !loaded.folder().isEmpty()) {
                state.set(State.IDLE);
            }
            then.run();
        }, t -> error.set(t.getMessage()));
    }

    private record Loaded(String folder, String name, int minutes, boolean passphraseKept, List<EditRow> edits) {
    }

    /** Remembers the folder chosen (for this device only) and runs a round in it. */
    public void chooseFolder(Path chosen) {
        if (chosen == null) {
            return;
        }
        error.set("");
        background.run(() -> own(() -> new SyncSettings(session.settings()).storeFolder(chosen.toString())), stored -> {
            folder.set(stored.toString());
            if (state.get() == State.OFF) {
                state.set(State.IDLE);
            }
            say(I18n.t("syncing.folder.saved", stored.toString()));
            syncNow();
        }, t -> error.set(t.getMessage()));
    }

    /** Remembers this device's name as typed. */
    public void saveDeviceName() {
        String typed = deviceName.get();
        error.set("");
        background.run(() -> own(() -> new SyncSettings(session.settings()).storeDeviceName(typed)), name -> {
            storedName = name;
            deviceName.set(name);
            say(I18n.t("syncing.device.saved", name));
        }, t -> error.set(t.getMessage()));
    }

    /** Remembers how often rounds run by themselves (0: only on start, after saves and when asked). */
    public void saveInterval(Integer minutes) {
        if (minutes == null || minutes == storedMinutes) {
            return;
        }
        storedMinutes = minutes;
        interval.set(minutes);
        background.run(() -> own(() -> {
            new SyncSettings(session.settings()).storeEveryMinutes(minutes);
            return minutes;
        }), m -> say(I18n.t("syncing.interval.saved", intervalText(m))), t -> error.set(t.getMessage()));
    }

    /**
     * Keeps the passphrase typed for this journal on this computer (its keyring, else until the app
     * closes). An encrypted journal's must be its own passphrase, which seals the folder too.
     */
    public void savePassphrase() {
        char[] typed = passphrase.get().toCharArray();
        passphrase.set("");
        if (typed.length == 0) {
            error.set(I18n.t("syncing.passphrase.empty"));
            return;
        }
        error.set("");
        background.run(() -> {
            try {
                if (session.isEncrypted() && !session.passphraseMatches(typed)) {
                    throw new SyncRound.Failure(SyncRound.Failure.Reason.WRONG_PASSPHRASE);
                }
                secrets.get().keep(account(), typed);
                return true;
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, ok -> {
            passphraseKept.set(true);
            say(I18n.t("syncing.passphrase.saved"));
            if (state.get() == State.FAILED) {
                syncNow();
            }
        }, t -> error.set(t.getMessage()));
    }

    /** A round now, said in words when it ends. */
    public void syncNow() {
        if (folder.get().isEmpty()) {
            error.set(I18n.t("syncing.folder.none"));
            return;
        }
        round(false);
    }

    /** Stops the round between two steps; what it stored is whole. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Puts the overwritten value back as a new edit here, then lists the edits again. */
    public void takeBack(EditRow row) {
        if (row == null) {
            return;
        }
        String name = storedName;
        background.run(() -> {
            SyncWiring.current().history(session).takeBack(row.id());
            return editRows(name);
        }, rows -> {
            edits.setAll(rows);
            say(I18n.t("syncing.edit.takenBack"));
        }, t -> error.set(t.getMessage()));
    }

    private void round(boolean quiet) {
        if (running.get()) {
            return;
        }
        Path dir = Path.of(folder.get());
        String name = storedName.isEmpty() ? deviceName.get() : storedName;
        running.set(true);
        cancelled.set(false);
        progress.set(-1);
        state.set(State.SYNCING);
        error.set("");
        timing.began();
        background.runAside(() -> {
            char[] pass = secrets.get().find(account())
                    .orElseThrow(() -> new dev.rapport.model.RapportException(I18n.t("syncing.passphrase.missing")));
            ownWrites.set(true);
            try {
                SyncRound.Report report = SyncWiring.current().round(session).run(dir, name, pass, this::at, cancelled::get);
                return new Done(report, editRows(name));
            } finally {
                ownWrites.set(false);
                Arrays.fill(pass, '\0');
            }
        }, done -> {
            running.set(false);
            progress.set(1);
            lastSynced.set(session.clock().instant());
            state.set(State.SYNCED);
            said.set(SyncWords.summary(done.report()));
            devices.setAll(done.report().devices().stream()
                    .map(d -> new DeviceRow(d.id(), SyncWords.device(d, session.clock()))).toList());
            edits.setAll(done.edits());
            boolean news = done.report().received() > 0 || !done.report().concurrentEdits().isEmpty();
            if (!quiet || news) {
                sayer.accept(said.get());
            }
        }, t -> {
            running.set(false);
            progress.set(0);
            state.set(State.FAILED);
            error.set(t.getMessage());
            if (!quiet) {
                sayer.accept(t.getMessage());
            }
        });
    }

    /** Stores one of this device's sync settings: a write the rounds after saves do not follow. */
    private <T> T own(Supplier<T> write) {
        ownWrites.set(true);
        try {
            return write.get();
        } finally {
            ownWrites.set(false);
        }
    }

    private record Done(SyncRound.Report report, List<EditRow> edits) {
    }

    /** The recent concurrent edits in words (off the FX thread). */
    private List<EditRow> editRows(String thisDevice) {
        return SyncWiring.current().history(session).recent(RECENT).stream()
                .map(e -> new EditRow(e.id(), SyncWords.edit(e, thisDevice, session.clock()))).toList();
    }

    private boolean kept() {
        char[] found = secrets.get().find(account()).orElse(null);
        if (found == null) {
            return false;
        }
        Arrays.fill(found, '\0');
        return true;
    }

    /** The keyring's account: the journal's file, so two journals keep two passphrases. */
    private String account() {
        return session.file().toAbsolutePath().toString();
    }

    private void at(int done, int total) {
        background.later(() -> progress.set(total <= 0 ? -1 : (double) done / total));
    }

    private void say(String text) {
        said.set(text);
        sayer.accept(text);
    }

    /** "Every 5 minutes", "Every hour", "Only on start and after saves". */
    public static String intervalText(Integer minutes) {
        if (minutes == null || minutes == 0) {
            return I18n.t("syncing.interval.off");
        }
        return minutes % 60 == 0 ? I18n.plural("syncing.interval.hours", minutes / 60) : I18n.plural("syncing.interval.minutes", minutes);
    }

    /** The top bar's words for the state: empty when sync is off. */
    public String stateText() {
        return switch (state.get()) {
            case OFF -> "";
            case IDLE -> I18n.t("syncing.state.idle");
            case SYNCING -> I18n.t("syncing.state.syncing");
            case SYNCED -> I18n.t("syncing.state.synced", SyncWords.when(lastSynced.get(), session.clock()));
            case FAILED -> I18n.t("syncing.state.failed");
        };
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public StringProperty deviceNameProperty() {
        return deviceName;
    }

    /** The passphrase as typed, until it is kept (then emptied). */
    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public ReadOnlyBooleanProperty passphraseKeptProperty() {
        return passphraseKept.getReadOnlyProperty();
    }

    public boolean journalEncrypted() {
        return session.isEncrypted();
    }

    public ObjectProperty<Integer> intervalProperty() {
        return interval;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** How far a round is: -1 while it cannot tell, 0 to 1 across it. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastSyncedProperty() {
        return lastSynced.getReadOnlyProperty();
    }

    /** What the last round or change did, in words. */
    public ReadOnlyStringProperty saidProperty() {
        return said.getReadOnlyProperty();
    }

    /** Why the last round or change failed; empty when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<DeviceRow> devices() {
        return devices;
    }

    public ObservableList<EditRow> edits() {
        return edits;
    }
}
