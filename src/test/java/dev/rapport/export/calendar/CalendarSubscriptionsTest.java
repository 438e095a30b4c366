package dev.rapport.export.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Meeting;
import dev.rapport.model.MeetingChanges;
import dev.rapport.model.RapportException;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A calendar that changes between reads, served by a real HTTP server on this machine: new, moved,
 * cancelled and repeating meetings, 304 Not Modified, a 500 and a malformed body (the last good
 * meetings kept, the reason in words).
 */
class CalendarSubscriptionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneId.of("Europe/Vilnius"));

    @TempDir
    Path dir;
    private HttpServer server;
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicInteger version = new AtomicInteger(1);
    private JournalSession session;
    private CalendarSubscriptions subscriptions;
    private final CalendarSecrets secrets = CalendarSecrets.inMemory();

    @BeforeEach
    void setUp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String etag = "\"v" + version.get() + "\"";
            if (status.get() == 200 && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            byte[] bytes = (status.get() == 200 ? body.get() : "down").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.sendResponseHeaders(status.get(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        session = JournalSession.open(dir.resolve("j.rapport"), CLOCK);
        Client northwind = session.clients().save(Client.create("Northwind Health Trust"));
        session.contacts().save(new Contact(0, northwind.id(), "Ona Petraitė", "", "ona@northwind.example", "", null, "", "", false));
        session.contacts().save(new Contact(0, northwind.id(), "Jonas Kairys", "", "jonas@northwind.example", "", null, "", "", false));
        subscriptions = new CalendarSubscriptions(session.data(), new CalendarFeed(), secrets);
    }

    @AfterEach
    void tearDown() {
        session.close();
        server.stop(0);
    }

    private String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/calendar/private-token-123/basic.ics";
    }

    private void serve(String... events) {
        body.set("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("", events) + "END:VCALENDAR\r\n");
        version.incrementAndGet();
    }

    private static String event(String... lines) {
        return "BEGIN:VEVENT\r\n" + String.join("\r\n", lines) + "\r\nEND:VEVENT\r\n";
    }

    private List<String> coming() {
        return session.meetings().between(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2027-02-01T00:00:00Z")).stream()
                .map(m -> m.startsAt() + " " + m.title()).toList();
    }

    @Test
    void aCalendarThatChangesBetweenReadsKeepsRapportCurrent() {
        serve(event("UID:kickoff", "SUMMARY:Kick-off", "DTSTART;TZID=Europe/Vilnius:20261209T100000",
                        "DTEND;TZID=Europe/Vilnius:20261209T110000", "ATTENDEE;CN=Ona:mailto:ONA@northwind.example"),
                event("UID:weekly", "SUMMARY:Weekly", "DTSTART;TZID=Europe/Vilnius:20261208T090000",
                        "DTEND;TZID=Europe/Vilnius:20261208T093000", "RRULE:FREQ=WEEKLY;COUNT=3",
                        "ORGANIZER;CN=Jonas Kairys:mailto:jonas.private@mail.example"),
                event("UID:stranger", "SUMMARY:Dentist", "DTSTART;TZID=Europe/Vilnius:20261210T100000",
                        "ATTENDEE:mailto:someone@else.example"));
        CalendarSubscriptions.Outcome first = subscriptions.add(address());
        assertEquals(CalendarSubscriptions.Status.READ, first.status());
        assertEquals(new MeetingChanges(4, 0, 0), first.changes());
        assertEquals(1, first.withoutPerson(), "the dentist has no known person");
        assertEquals(List.of("2026-12-08T09:00 Weekly", "2026-12-09T10:00 Kick-off", "2026-12-15T09:00 Weekly", "2026-12-22T09:00 Weekly"),
                coming(), "the organiser matched by name, the repeating meeting expanded");
        assertEquals("127.0.0.1/…/basic.ics", first.source().shown());
        assertNotNull(first.source().lastGood());

        CalendarSubscriptions.Outcome unchanged = subscriptions.refreshAll().get(0);
        assertEquals(CalendarSubscriptions.Status.UNCHANGED, unchanged.status(), "a 304 changes nothing");
        assertEquals(4, coming().size());

        // the kick-off moves, the second weekly is cancelled on its own, and a new meeting appears
        serve(event("UID:kickoff", "SUMMARY:Kick-off", "DTSTART;TZID=Europe/Vilnius:20261211T140000",
                        "DTEND;TZID=Europe/Vilnius:20261211T150000", "ATTENDEE;CN=Ona:mailto:ona@northwind.example"),
                event("UID:weekly", "SUMMARY:Weekly", "DTSTART;TZID=Europe/Vilnius:20261208T090000",
                        "DTEND;TZID=Europe/Vilnius:20261208T093000", "RRULE:FREQ=WEEKLY;COUNT=3",
                        "ORGANIZER;CN=Jonas Kairys:mailto:jonas.private@mail.example"),
                event("UID:weekly", "RECURRENCE-ID;TZID=Europe/Vilnius:20261215T090000", "STATUS:CANCELLED",
                        "DTSTART;TZID=Europe/Vilnius:20261215T090000"),
                event("UID:review", "SUMMARY:Quarterly review", "DTSTART:20261216T080000Z", "DTEND:20261216T090000Z",
                        "ATTENDEE:mailto:jonas@northwind.example"));
        CalendarSubscriptions.Outcome changed = subscriptions.refreshAll().get(0);
        assertEquals(new MeetingChanges(1, 1, 1), changed.changes(), "the weeklies read again unchanged are not counted as changed");
        assertEquals(List.of("2026-12-08T09:00 Weekly", "2026-12-11T14:00 Kick-off", "2026-12-16T10:00 Quarterly review",
                "2026-12-22T09:00 Weekly"), coming());

        // the whole event is cancelled
        serve(event("UID:kickoff", "SUMMARY:Kick-off", "STATUS:CANCELLED", "DTSTART;TZID=Europe/Vilnius:20261211T140000",
                "ATTENDEE;CN=Ona:mailto:ona@northwind.example"));
        assertEquals(new MeetingChanges(0, 0, 4), subscriptions.refreshAll().get(0).changes());
        assertEquals(List.of(), coming());
    }

    @Test
    void aFailedReadKeepsTheLastGoodMeetingsAndSaysWhyUntilAGoodOne() {
        serve(event("UID:kickoff", "SUMMARY:Kick-off", "DTSTART:20261209T080000Z", "DTEND:20261209T090000Z",
                "ATTENDEE:mailto:ona@northwind.example"));
        subscriptions.add(address());
        status.set(500);
        CalendarSubscriptions.Outcome down = subscriptions.refreshAll().get(0);
        assertEquals(CalendarSubscriptions.Status.FAILED, down.status());
        assertEquals("calendar.feed.serverError", down.failureKey());
        assertEquals(List.of("127.0.0.1", "500"), down.source().failureArgs(), "kept to be shown in the reader's language");
        assertTrue(down.source().failing());
        assertEquals(List.of("2026-12-09T10:00 Kick-off"), coming());

        status.set(200);
        body.set("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n");
        version.incrementAndGet();
        CalendarSubscriptions.Outcome broken = subscriptions.refreshAll().get(0);
        assertEquals("calendar.subscription.malformed", broken.failureKey());
        assertEquals(List.of("2026-12-09T10:00 Kick-off"), coming());

        serve(event("UID:kickoff", "SUMMARY:Kick-off", "DTSTART:20261209T090000Z", "DTEND:20261209T100000Z",
                "ATTENDEE:mailto:ona@northwind.example"));
        CalendarSubscriptions.Outcome back = subscriptions.refreshAll().get(0);
        assertEquals(CalendarSubscriptions.Status.READ, back.status());
        assertNull(back.source().failureKey(), "a good read ends the failure");
        assertEquals(List.of("2026-12-09T11:00 Kick-off"), coming());
    }

    @Test
    void theAddressIsASecretTheJournalNeverHolds() throws IOException {
        serve(event("UID:a", "SUMMARY:A", "DTSTART:20261209T080000Z", "ATTENDEE:mailto:ona@northwind.example"));
        subscriptions.add(address());
        session.close();
        byte[] journal = Files.readAllBytes(dir.resolve("j.rapport"));
        assertTrue(new String(journal, StandardCharsets.ISO_8859_1).indexOf("private-token-123") < 0);
        session = JournalSession.open(dir.resolve("j.rapport"), CLOCK);
        // a new session on a computer without a keyring: the address must be given again, the meetings stay
        CalendarSubscriptions elsewhere = new CalendarSubscriptions(session.data(), new CalendarFeed(), CalendarSecrets.inMemory());
        CalendarSubscriptions.Outcome outcome = elsewhere.refreshAll().get(0);
        assertEquals("calendar.subscription.addressNeeded", outcome.failureKey());
        assertEquals(1, coming().size());
    }

    @Test
    void theSameCalendarIsNotFollowedTwiceAndRemovingOneTakesItsMeetings() {
        serve(event("UID:a", "SUMMARY:A", "DTSTART:20261209T080000Z", "ATTENDEE:mailto:ona@northwind.example"));
        subscriptions.add(address());
        assertThrows(RapportException.class, () -> subscriptions.add(address()));
        subscriptions.remove(subscriptions.list().get(0));
        assertEquals(List.of(), subscriptions.list());
        assertEquals(List.of(), coming());
        assertTrue(secrets.find("anything").isEmpty());
    }

    @Test
    void aMeetingThatHasBegunStaysWhenItLeavesTheCalendar() {
        serve(event("UID:past", "SUMMARY:Yesterday", "DTSTART:20261206T080000Z", "DTEND:20261206T090000Z",
                "ATTENDEE:mailto:ona@northwind.example"));
        subscriptions.add(address());
        serve();
        subscriptions.refreshAll();
        List<Meeting> kept = session.meetings().between(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-31T00:00:00Z"));
        assertEquals(List.of("Yesterday"), kept.stream().map(Meeting::title).toList(), "it happened: it waits for its write-up");
    }
}
