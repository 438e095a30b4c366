package dev.rapport.cli;

import static dev.rapport.export.calendar.TestCalendarServer.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.export.calendar.CalendarSecrets;
import dev.rapport.export.calendar.TestCalendarServer;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport calendar add|list|refresh|remove} against a calendar served on this machine that
 * changes between reads: new, moved, cancelled and repeating meetings, 304, a 500 and a malformed
 * body (the last good meetings kept, the reason in words, exit code 1); the secret address never printed.
 */
class CalendarCommandTest {
    private static final DateTimeFormatter ICS = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** Whole hours from now, so the meetings are coming whatever day the test runs (the command reads with the real clock). */
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.HOURS);

    @TempDir
    Path dir;

    private TestCalendarServer server;
    private String journal;
    private String out;
    private String err;

    @BeforeEach
    void setUp() {
        server = new TestCalendarServer();
        CalendarSecrets secrets = CalendarSecrets.inMemory();
        CalendarCommand.secrets = () -> secrets;
        journal = dir.resolve("j.rapport").toString();
        try (JournalSession session = JournalSession.open(Path.of(journal))) {
            Client northwind = session.clients().save(Client.create("Northwind Health Trust"));
            session.contacts().save(new Contact(0, northwind.id(), "Ona Petraitė", "", "ona@northwind.example", "", null, "", "", false));
        }
    }

    @AfterEach
    void tearDown() {
        CalendarCommand.secrets = CalendarSecrets::forThisComputer;
        server.close();
        I18n.use(Language.ENGLISH);
    }

    private int runIn(String language, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--journal";
        all[args.length + 1] = journal;
        int code = RapportCommand.run(all, (j, d) -> { }, new PrintWriter(o, true), new PrintWriter(e, true), language);
        out = o.toString();
        err = e.toString();
        assertThat(out + err).as("the secret address is never printed").doesNotContain(TestCalendarServer.TOKEN);
        return code;
    }

    private int run(String... args) {
        return runIn("en", args);
    }

    private static String at(long hours) {
        return ICS.format(NOW.plus(Duration.ofHours(hours)));
    }

    private static String meeting(String uid, long hours, String... more) {
        String[] lines = new String[4 + more.length];
        lines[0] = "UID:" + uid;
        lines[1] = "SUMMARY:" + uid;
        lines[2] = "DTSTART:" + at(hours);
        lines[3] = "ATTENDEE:mailto:ona@northwind.example";
        System.arraycopy(more, 0, lines, 4, more.length);
        return event(lines);
    }

    private int coming() {
        try (JournalSession session = JournalSession.open(Path.of(journal))) {
            return session.meetings().between(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(40))).size();
        }
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out);
    }

    @Test
    void aCalendarFollowedFromTheTerminalChangesBetweenReads() throws Exception {
        server.serve(meeting("kickoff", 48), meeting("review", 72));
        assertThat(run("calendar", "add", server.address(), "--name", "Work")).isZero();
        assertThat(out.strip()).isEqualTo("1\t" + I18n.t("calendars.outcome.read", "Work", 2, 0, 0));
        assertThat(err).contains(I18n.t("calendars.cli.memoryOnly"));

        assertThat(run("calendar", "list")).isZero();
        assertThat(out.strip()).startsWith("1\tWork\t127.0.0.1/…/basic.ics\t20").endsWith("Z");
        assertThat(run("calendar", "list", "--json")).isZero();
        JsonNode listed = json().get("calendars").get(0);
        assertThat(listed.get("id").asLong()).isEqualTo(1);
        assertThat(listed.get("name").asText()).isEqualTo("Work");
        assertThat(listed.get("shown").asText()).isEqualTo("127.0.0.1/…/basic.ics");
        assertThat(listed.get("failure").isNull()).isTrue();
        assertThat(listed.get("lastGood").asText()).endsWith("Z");

        assertThat(run("calendar", "refresh")).as("304 Not Modified").isZero();
        assertThat(out.strip()).isEqualTo("1\t" + I18n.t("calendars.outcome.unchanged", "Work"));

        // the kick-off moves, the review is cancelled, a weekly meeting starts (three weeks of it ahead)
        server.serve(meeting("kickoff", 50), meeting("review", 72, "STATUS:CANCELLED"),
                meeting("weekly", 24, "RRULE:FREQ=WEEKLY;COUNT=3"));
        assertThat(run("calendar", "refresh", "--json")).isZero();
        JsonNode read = json().get("calendars").get(0);
        assertThat(read.get("status").asText()).isEqualTo("read");
        assertThat(read.get("added").asInt()).isEqualTo(3);
        assertThat(read.get("moved").asInt()).isEqualTo(1);
        assertThat(read.get("cancelled").asInt()).isEqualTo(1);
        assertThat(json().get("failed").asInt()).isZero();
        assertThat(coming()).isEqualTo(4);
    }

    @Test
    void aFailedReadKeepsTheMeetingsSaysWhyInWordsAndExitsWithOne() throws Exception {
        server.serve(meeting("kickoff", 48));
        assertThat(run("calendar", "add", server.address())).isZero();

        server.fail(500);
        assertThat(run("calendar", "refresh")).isEqualTo(1);
        String why = I18n.t("calendar.feed.serverError", "127.0.0.1", "500");
        assertThat(out.strip()).isEqualTo("1\t" + I18n.t("calendars.outcome.failed", "127.0.0.1/…/basic.ics", why));
        assertThat(err).contains(I18n.t("calendars.cli.failed", 1, 1));
        assertThat(coming()).isEqualTo(1);
        assertThat(run("calendar", "list", "--json")).isZero();
        JsonNode failure = json().get("calendars").get(0).get("failure");
        assertThat(failure.get("reason").asText()).isEqualTo("server-error");
        assertThat(failure.get("details").toString()).isEqualTo("[\"127.0.0.1\",\"500\"]");

        server.serveRaw("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n");
        assertThat(run("calendar", "refresh", "--json")).isEqualTo(1);
        JsonNode broken = json().get("calendars").get(0);
        assertThat(broken.get("status").asText()).isEqualTo("failed");
        assertThat(broken.get("failure").get("reason").asText()).isEqualTo("malformed");
        assertThat(json().get("failed").asInt()).isEqualTo(1);
        assertThat(coming()).as("the last good meetings stay").isEqualTo(1);

        // in the reader's language; --json never changes with it
        assertThat(runIn("uk", "calendar", "refresh")).isEqualTo(1);
        I18n.use(Language.UKRAINIAN);
        assertThat(out).contains(I18n.t("calendar.subscription.malformed", "127.0.0.1/…/basic.ics"));
        assertThat(err).contains(I18n.t("calendars.cli.failed", 1, 1));

        server.serve(meeting("kickoff", 49));
        assertThat(run("calendar", "refresh")).isZero();
        assertThat(coming()).isEqualTo(1);
    }

    @Test
    void removingByNameOrNumberAndMistakesToldInOneLine() {
        server.serve(meeting("kickoff", 48));
        assertThat(run("calendar", "add", server.address(), "--name", "Work")).isZero();
        assertThat(run("calendar", "add", server.address())).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("rapport: " + I18n.t("calendar.subscription.known", "127.0.0.1/…/basic.ics"));
        assertThat(run("calendar", "add", "http://calendar.example/basic.ics")).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("rapport: " + I18n.t("calendar.address.insecure"));

        assertThat(run("calendar", "remove", "Home")).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("rapport: " + I18n.t("calendars.find.unknown", "Home", "1 Work"));
        assertThat(run("calendar", "remove", "work")).isZero();
        assertThat(err.strip()).isEqualTo(I18n.t("calendars.remove.done", "Work"));
        assertThat(coming()).isZero();
        assertThat(run("calendar", "list")).isZero();
        assertThat(out).isEmpty();
        assertThat(err.strip()).isEqualTo(I18n.t("calendars.cli.none"));

        server.serve(meeting("kickoff", 48));
        assertThat(run("calendar", "add", server.address())).isZero();
        String id = out.substring(0, out.indexOf('\t'));
        assertThat(run("calendar", "remove", id)).as("by number").isZero();
        assertThat(run("calendar", "refresh")).isZero();
        assertThat(err.strip()).isEqualTo(I18n.t("calendars.cli.none"));
    }

    @Test
    void theCommandsExplainThemselvesInTheReadersLanguage() {
        assertThat(runIn("en", "--help")).isZero();
        assertThat(out).contains("calendar");
        assertThat(runIn("uk", "calendar", "add", "--help")).isZero();
        I18n.use(Language.UKRAINIAN);
        assertThat(out).contains(I18n.t("cli.help.calendar.add.name"), "--name=N", "URL|FILE");
        assertThat(runIn("lt", "calendar", "remove", "--help")).isZero();
        I18n.use(Language.LITHUANIAN);
        assertThat(out).contains(I18n.t("cli.help.calendar.remove.calendar"), "ID|NAME");
    }
}
