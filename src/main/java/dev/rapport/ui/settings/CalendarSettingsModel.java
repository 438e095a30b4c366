package dev.rapport.ui.settings;

import dev.rapport.export.calendar.CalendarFeed;
import dev.rapport.export.calendar.CalendarSecrets;
import dev.rapport.export.calendar.CalendarSubscriptions;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.CalendarRounds;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.CalendarSource;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Dialogs;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Ticker;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings → Calendars, and the reading of the subscribed calendars by themselves: on opening the
 * journal, then every so many minutes (settable, an hour unless set, or off). One per journal
 * session, so the card Settings builds again and the window's timer share what is being read. All
 * work with the journal or the network runs off the FX thread; a failed read keeps the last good
 * meetings and says why on the calendar's row, never in a dialog.
 */
public final class CalendarSettingsModel {
    /**
     * Held weakly on both sides: the model holds its session and the window's status line, so a strong value would keep
     * every closed window alive. The card and the window's ticker hold it while they live; the addresses are not in it.
     */
    private static final Map<JournalSession, WeakReference<CalendarSettingsModel>> MODELS = new WeakHashMap<>();
    /** How often the window asks whether a round is due: a minute, so a changed interval takes effect soon. */
    static final Duration TICK = Duration.ofMinutes(1);
    /** Where the app keeps the addresses: this computer's keyring, else memory (tests hand in memory). */
    public static Supplier<CalendarSecrets> secretStore = CalendarSecrets::forThisComputer;

    private final JournalSession session;
    private final Background background;
    private final Dialogs dialogs;
    private final Supplier<CalendarSecrets> secrets;
    private final CalendarFeed feed;
    private final CalendarRounds rounds;
    private volatile CalendarSubscriptions subscriptions;

    private final ObservableList<Row> calendars = FXCollections.observableArrayList();
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Integer> interval = new SimpleObjectProperty<>(CalendarRounds.DEFAULT_MINUTES);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper said = new ReadOnlyStringWrapper("");
    private Consumer<String> sayer = text -> { };
    private Ticker ticker;
    /** The interval the journal holds, so that showing it is not taken for a choice to store. */
    private int storedMinutes = -1;

    /** One subscribed calendar as its row shows it: never the secret address, only what {@code shown} keeps. */
    public record Row(long id, String title, String shown, String lastRead, String failure) {
        public boolean failing() {
            return !failure.isEmpty();
        }
    }

    /** {@code secrets} is asked for off the FX thread, and only once there is a calendar: opening a keyring can take a moment. */
    public CalendarSettingsModel(JournalSession session, Background background, Dialogs dialogs, Supplier<CalendarSecrets> secrets,
                                 CalendarFeed feed) {
        this.session = session;
        this.background = background;
        this.dialogs = dialogs;
        this.secrets = secrets;
        this.feed = feed;
        this.rounds = new CalendarRounds(session.clock());
    }

    /** The one model of the window's journal (FX thread). */
    public static CalendarSettingsModel of(AppContext app) {
        WeakReference<CalendarSettingsModel> known = MODELS.get(app.session());
        CalendarSettingsModel model = known == null ? null : known.get();
        if (model == null) {
            model = new CalendarSettingsModel(app.session(), app.background(), app.dialogs(), secretStore, new CalendarFeed());
            model.onSaid(app.status()::say);
            model.load();
            MODELS.put(app.session(), new WeakReference<>(model));
        }
        return model;
    }

    /** Where a finished read is said besides the card (the status line); one listener. */
    public void onSaid(Consumer<String> listener) {
        this.sayer = listener;
    }

    /** Reads the calendars now (the journal has just opened), then asks every {@link #TICK} whether the next round is due. */
    public void start(Ticker ticker) {
        if (this.ticker != null) {
            this.ticker.stop();
        }
        this.ticker = ticker;
        tick();
        ticker.every(TICK, this::tick);
    }

    /** Stops the rounds (the window closes). */
    public void stop() {
        if (ticker != null) {
            ticker.stop();
            ticker = null;
        }
    }

    /** A round if one is due and none is running: all calendars read, quietly unless a meeting changed. */
    public void tick() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        progress.set(0);
        background.runAside(() -> {
            if (!rounds.due(CalendarRounds.minutes(session.settings()))) {
                return null;
            }
            rounds.began();
            if (session.data().calendarSources().isEmpty()) {
                return List.<CalendarSubscriptions.Outcome>of();
            }
            return subscriptions().refreshAll(this::at);
        }, outcomes -> {
            done();
            if (outcomes != null && !outcomes.isEmpty()) {
                said.set(sentences(outcomes));
                if (outcomes.stream().anyMatch(o -> o.status() == CalendarSubscriptions.Status.READ && changed(o))) {
                    sayer.accept(said.get());
                }
            }
        }, this::failed);
    }

    /** Fills the list and the interval from the journal. */
    public void load() {
        background.run(() -> new Loaded(rows(), CalendarRounds.minutes(session.settings())), loaded -> {
            calendars.setAll(loaded.rows());
            storedMinutes = loaded.minutes();
            interval.set(loaded.minutes());
        }, t -> error.set(t.getMessage()));
    }

    private record Loaded(List<Row> rows, int minutes) {
    }

    /** Subscribes to the address or file typed, under the name typed (if any), and reads it at once. */
    public void add() {
        String typed = address.get();
        String given = name.get();
        work(() -> subscriptions().add(typed, given), outcome -> {
            address.set("");
            name.set("");
            say(sentence(outcome));
        });
    }

    /** Subscribes to a local .ics file chosen from the disk. */
    public void addFile(Path file) {
        address.set(file.toString());
        add();
    }

    /** Reads one calendar now. */
    public void read(Row row) {
        work(() -> subscriptions().refresh(source(row.id())), outcome -> say(sentence(outcome)));
    }

    /** Reads every calendar now; the hourly rounds count from here. */
    public void readAll() {
        work(() -> {
            rounds.began();
            return subscriptions().refreshAll(this::at);
        }, outcomes -> say(outcomes.isEmpty() ? I18n.t("calendars.settings.none") : sentences(outcomes)));
    }

    /** Stops following the calendar after the consultant confirms: its address is forgotten and its coming meetings leave. */
    public void remove(Row row) {
        if (!dialogs.confirm(I18n.t("calendars.remove.title"), I18n.t("calendars.remove.question", row.title()),
                I18n.t("calendars.remove.action"))) {
            return;
        }
        work(() -> {
            subscriptions().remove(source(row.id()));
            return row;
        }, removed -> say(I18n.t("calendars.remove.done", removed.title())));
    }

    /** Stores how often the calendars are read by themselves (minutes, 0 for never). */
    public void saveInterval(Integer minutes) {
        if (minutes == null || minutes == storedMinutes) {
            return;
        }
        storedMinutes = minutes;
        interval.set(minutes);
        background.run(() -> {
            CalendarRounds.store(session.settings(), minutes);
            return minutes;
        }, m -> sayer.accept(I18n.t("calendars.interval.saved", intervalText(m))), t -> error.set(t.getMessage()));
    }

    /** "Every 15 minutes", "Every hour", "Off": how an interval reads in the list of choices. */
    public static String intervalText(Integer minutes) {
        if (minutes == null || minutes == 0) {
            return I18n.t("calendars.interval.off");
        }
        return minutes % 60 == 0 ? I18n.plural("calendars.interval.hours", minutes / 60) : I18n.plural("calendars.interval.minutes", minutes);
    }

    /** One command's work off the FX thread, with the card busy meanwhile and the list reloaded after. */
    private <T> void work(Callable<T> task, Consumer<T> then) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        progress.set(-1);
        error.set("");
        background.runAside(() -> {
            T result = task.call();
            return new Done<>(result, rows());
        }, done -> {
            busy.set(false);
            progress.set(1);
            calendars.setAll(done.rows());
            then.accept(done.result());
        }, this::failed);
    }

    private record Done<T>(T result, List<Row> rows) {
    }

    private void done() {
        busy.set(false);
        progress.set(1);
        load();
    }

    private void failed(Throwable t) {
        busy.set(false);
        progress.set(0);
        error.set(t.getMessage());
        load();
    }

    private void say(String text) {
        said.set(text);
        sayer.accept(text);
    }

    private void at(int done, int total) {
        background.later(() -> progress.set(total == 0 ? 1 : (double) done / total));
    }

    private CalendarSubscriptions subscriptions() {
        CalendarSubscriptions s = subscriptions;
        if (s == null) {
            synchronized (this) {
                if (subscriptions == null) {
                    subscriptions = new CalendarSubscriptions(session.data(), feed, secrets.get());
                }
                s = subscriptions;
            }
        }
        return s;
    }

    private CalendarSource source(long id) {
        return session.data().calendarSources().stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new dev.rapport.model.RapportException(I18n.t("calendars.find.none")));
    }

    /** The rows as the journal has them now (off the FX thread). */
    private List<Row> rows() {
        List<CalendarSource> sources = session.data().calendarSources();
        Map<String, String> names = session.data().calendarNames();
        ZoneId zone = session.clock().getZone();
        return sources.stream().map(s -> new Row(s.id(), names.getOrDefault(s.secretRef(), s.shown()), s.shown(),
                s.lastGood() == null ? I18n.t("calendars.row.never")
                        : I18n.t("calendars.row.lastRead", Formats.dateTime(s.lastGood().atZone(zone).toLocalDateTime())),
                s.failing() ? I18n.t(s.failureKey(), s.failureArgs().toArray()) : "")).toList();
    }

    private static boolean changed(CalendarSubscriptions.Outcome o) {
        return o.changes().added() + o.changes().updated() + o.changes().removed() > 0;
    }

    private String sentences(List<CalendarSubscriptions.Outcome> outcomes) {
        return String.join(System.lineSeparator(), outcomes.stream().map(this::sentence).toList());
    }

    /** What one read did, in a sentence: the counts, "unchanged", or the reason it failed. */
    private String sentence(CalendarSubscriptions.Outcome o) {
        String title = session.data().calendarNames().getOrDefault(o.source().secretRef(), o.source().shown());
        return switch (o.status()) {
            case READ -> I18n.t("calendars.outcome.read", title, o.changes().added(), o.changes().updated(), o.changes().removed());
            case UNCHANGED -> I18n.t("calendars.outcome.unchanged", title);
            case FAILED -> I18n.t("calendars.outcome.failed", title, o.failureText());
        };
    }

    public ObservableList<Row> calendars() {
        return calendars;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Minutes between the rounds, 0 for off; as loaded or chosen. */
    public ObjectProperty<Integer> intervalProperty() {
        return interval;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** How far a read is: -1 while it cannot tell, 0 to 1 across a round. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last read or change did, one calendar a line. */
    public ReadOnlyStringProperty saidProperty() {
        return said.getReadOnlyProperty();
    }
}
