package dev.rapport.ui.settings;

import static dev.rapport.export.calendar.TestCalendarServer.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.export.calendar.CalendarFeed;
import dev.rapport.export.calendar.CalendarSecrets;
import dev.rapport.export.calendar.TestCalendarServer;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.CalendarRounds;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.ui.FakeDialogs;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Formats;
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
 * Settings → Calendars without a window: a calendar on a real HTTP server on this machine added,
 * read, failing (the reason on its row, the meetings kept, no dialog), removed after a question;
 * the interval stored; and the rounds by themselves driven by a clock the test moves, not by waiting.
 */
class CalendarSettingsModelTest {
    private static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");

    @TempDir
    Path dir;

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final CalendarSecrets secrets = CalendarSecrets.inMemory();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> saidOnStatus = new ArrayList<>();
    private TestCalendarServer server;
    private JournalSession session;
    private CalendarSettingsModel model;

    @BeforeEach
    void setUp() {
        I18n.use(Language.ENGLISH);
        server = new TestCalendarServer();
        session = JournalSession.open(dir.resolve("journal.rapport"), clock);
        Client northwind = session.clients().save(Client.create("Northwind Health Trust"));
        session.contacts().save(new Contact(0, northwind.id(), "Ona Petraitė", "", "ona@northwind.example", "", null, "", "", false));
        model = fresh();
    }

    private CalendarSettingsModel fresh() {
        CalendarSettingsModel m = new CalendarSettingsModel(session, Background.direct(), dialogs, () -> secrets, new CalendarFeed());
        m.onSaid(saidOnStatus::add);
        m.load();
        return m;
    }

    @AfterEach
    void tearDown() {
        session.close();
        server.close();
    }

    private static String kickOff(String start) {
        return event("UID:kickoff", "SUMMARY:Kick-off", "DTSTART:" + start,
                "ATTENDEE;CN=Ona:mailto:ona@northwind.example");
    }

    private int coming() {
        return session.meetings().between(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2027-01-31T00:00:00Z")).size();
    }

    private void add(String address, String name) {
        model.addressProperty().set(address);
        model.nameProperty().set(name);
        model.add();
    }

    @Test
    void anAddedCalendarIsReadAtOnceAndShownWithoutItsSecret() {
        server.serve(kickOff("20261209T080000Z"), event("UID:weekly", "SUMMARY:Weekly", "DTSTART:20261208T070000Z",
                "DTEND:20261208T073000Z", "RRULE:FREQ=WEEKLY;COUNT=2", "ORGANIZER:mailto:ona@northwind.example"));
        add(server.address(), "Work");

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.calendars()).hasSize(1);
        CalendarSettingsModel.Row row = model.calendars().get(0);
        assertThat(row.title()).isEqualTo("Work");
        assertThat(row.shown()).isEqualTo("127.0.0.1/…/basic.ics");
        assertThat(row.lastRead()).isEqualTo(I18n.t("calendars.row.lastRead",
                Formats.dateTime(clock.instant().atZone(VILNIUS).toLocalDateTime())));
        assertThat(row.failing()).isFalse();
        assertThat(model.saidProperty().get()).isEqualTo(I18n.t("calendars.outcome.read", "Work", 3, 0, 0));
        assertThat(saidOnStatus).containsExactly(model.saidProperty().get());
        assertThat(model.addressProperty().get()).as("the field is emptied for the next one").isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(coming()).isEqualTo(3);
        assertThat(row.toString() + model.saidProperty().get()).doesNotContain(TestCalendarServer.TOKEN);
    }

    @Test
    void aBadAddressOrOneFollowedAlreadyIsToldInWordsAndNothingIsAdded() {
        add("ftp://calendar.example/basic.ics", "");
        assertThat(model.errorProperty().get()).isEqualTo(I18n.t("calendar.address.invalid"));
        add(dir.resolve("missing.ics").toString(), "");
        assertThat(model.errorProperty().get()).isEqualTo(I18n.t("calendar.feed.fileMissing", "missing.ics"));
        assertThat(model.calendars()).isEmpty();

        server.serve(kickOff("20261209T080000Z"));
        add(server.address(), "");
        add(server.address(), "Again");
        assertThat(model.errorProperty().get()).isEqualTo(I18n.t("calendar.subscription.known", "127.0.0.1/…/basic.ics"));
        assertThat(model.calendars()).hasSize(1);
        assertThat(model.calendars().get(0).title()).as("without a name, the calendar is known by its address shown").isEqualTo("127.0.0.1/…/basic.ics");
    }

    @Test
    void aLocalFileIsFollowedToo() throws Exception {
        Path file = dir.resolve("team.ics");
        Files.writeString(file, TestCalendarServer.calendar(kickOff("20261210T080000Z")));
        model.addFile(file);
        assertThat(model.calendars()).extracting(CalendarSettingsModel.Row::title).containsExactly("team.ics");
        assertThat(coming()).isEqualTo(1);
    }

    @Test
    void aFailedReadKeepsTheMeetingsAndSaysWhyOnItsRowWithoutADialog() {
        server.serve(kickOff("20261209T080000Z"));
        add(server.address(), "Work");
        server.fail(500);
        model.readAll();

        CalendarSettingsModel.Row row = model.calendars().get(0);
        assertThat(row.failure()).isEqualTo(I18n.t("calendar.feed.serverError", "127.0.0.1", "500"));
        assertThat(model.saidProperty().get()).isEqualTo(I18n.t("calendars.outcome.failed", "Work", row.failure()));
        assertThat(coming()).as("the last good meetings stay").isEqualTo(1);
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.infos).isEmpty();

        server.serveRaw("<html>Sign in</html>");
        model.read(row);
        assertThat(model.calendars().get(0).failure()).isEqualTo(I18n.t("calendar.feed.notCalendar"));

        server.serve(kickOff("20261211T080000Z"));
        model.read(model.calendars().get(0));
        assertThat(model.calendars().get(0).failing()).isFalse();
        assertThat(model.saidProperty().get()).isEqualTo(I18n.t("calendars.outcome.read", "Work", 0, 1, 0));
    }

    @Test
    void removingAsksFirstAndThenTakesTheCalendarAndItsComingMeetings() {
        server.serve(kickOff("20261209T080000Z"));
        add(server.address(), "Work");
        CalendarSettingsModel.Row row = model.calendars().get(0);

        dialogs.answer = false;
        model.remove(row);
        assertThat(dialogs.asked).containsExactly(I18n.t("calendars.remove.title") + " | " + I18n.t("calendars.remove.question", "Work"));
        assertThat(model.calendars()).hasSize(1);

        dialogs.answer = true;
        model.remove(row);
        assertThat(model.calendars()).isEmpty();
        assertThat(coming()).isZero();
        assertThat(model.saidProperty().get()).isEqualTo(I18n.t("calendars.remove.done", "Work"));
        assertThat(session.data().calendarNames()).as("its name goes with it").isEmpty();
    }

    @Test
    void theIntervalIsAnHourUntilChosenAndIsKeptInTheJournal() {
        assertThat(model.intervalProperty().get()).isEqualTo(60);
        model.saveInterval(15);
        assertThat(CalendarRounds.minutes(session.settings())).isEqualTo(15);
        assertThat(saidOnStatus).containsExactly(I18n.t("calendars.interval.saved", I18n.plural("calendars.interval.minutes", 15)));
        assertThat(fresh().intervalProperty().get()).isEqualTo(15);
        model.saveInterval(0);
        assertThat(CalendarSettingsModel.intervalText(0)).isEqualTo(I18n.t("calendars.interval.off"));
        assertThat(CalendarSettingsModel.intervalText(240)).isEqualTo(I18n.plural("calendars.interval.hours", 4));
        assertThat(fresh().intervalProperty().get()).isZero();
    }

    @Test
    void calendarsAreReadOnOpeningThenEachTimeTheIntervalHasPassed() {
        server.serve(kickOff("20261209T080000Z"));
        add(server.address(), "Work");
        int afterAdding = server.requests();
        ManualTicker ticker = new ManualTicker();

        model.start(ticker);
        assertThat(server.requests()).as("read on opening").isEqualTo(afterAdding + 1);
        assertThat(ticker.period).isEqualTo(Duration.ofMinutes(1));

        clock.advance(Duration.ofMinutes(59));
        ticker.tick();
        assertThat(server.requests()).as("not before the hour").isEqualTo(afterAdding + 1);
        server.serve(kickOff("20261210T080000Z"));
        clock.advance(Duration.ofMinutes(1));
        ticker.tick();
        assertThat(server.requests()).as("on the hour").isEqualTo(afterAdding + 2);
        assertThat(model.saidProperty().get()).isEqualTo(I18n.t("calendars.outcome.read", "Work", 0, 1, 0));
        assertThat(saidOnStatus).as("a round that moved a meeting says so").endsWith(model.saidProperty().get());

        model.saveInterval(15);
        clock.advance(Duration.ofMinutes(15));
        ticker.tick();
        assertThat(server.requests()).as("a changed interval counts at once").isEqualTo(afterAdding + 3);

        clock.advance(Duration.ofMinutes(5));
        model.readAll();
        clock.advance(Duration.ofMinutes(14));
        ticker.tick();
        assertThat(server.requests()).as("Read all now restarts the count").isEqualTo(afterAdding + 4);

        model.saveInterval(0);
        clock.advance(Duration.ofDays(1));
        ticker.tick();
        assertThat(server.requests()).as("off: only on opening").isEqualTo(afterAdding + 4);

        model.stop();
        assertThat(ticker.stopped).isTrue();
    }

    @Test
    void aRoundWithNoCalendarsNeverTouchesTheKeyring() {
        int[] asked = {0};
        CalendarSettingsModel m = new CalendarSettingsModel(session, Background.direct(), dialogs, () -> {
            asked[0]++;
            return secrets;
        }, new CalendarFeed());
        m.start(new ManualTicker());
        assertThat(asked[0]).isZero();
        assertThat(m.busyProperty().get()).isFalse();
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
            return VILNIUS;
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
        Runnable tick;
        boolean stopped;

        @Override
        public void every(Duration period, Runnable tick) {
            this.period = period;
            this.tick = tick;
        }

        @Override
        public void stop() {
            stopped = true;
        }

        void tick() {
            tick.run();
        }
    }
}
