package dev.rapport.export.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.RapportException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads against a real HTTP server on this machine whose answers the test sets per path. */
class CalendarFeedTest {
    private static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nEND:VCALENDAR\r\n";

    private HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Map<String, String>> asked = Collections.synchronizedList(new ArrayList<>());
    private final CalendarFeed feed = new CalendarFeed();

    private record Answer(int status, String body, Map<String, String> headers) {
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        asked.add(Map.of("path", exchange.getRequestURI().getPath(),
                "If-None-Match", String.valueOf(exchange.getRequestHeaders().getFirst("If-None-Match")),
                "If-Modified-Since", String.valueOf(exchange.getRequestHeaders().getFirst("If-Modified-Since"))));
        Answer a = answers.getOrDefault(exchange.getRequestURI().getPath(), new Answer(404, "", Map.of()));
        String etag = a.headers().get("ETag");
        if (a.status() == 200 && etag != null && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private CalendarAddress at(String path) {
        return CalendarAddress.parse("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void aFreshCalendarComesWithItsValidatorsAndAnUnchangedOneIsA304() {
        answers.put("/cal/secret-token/basic.ics", new Answer(200, ICS, Map.of("ETag", "\"v1\"", "Last-Modified", "Mon, 07 Dec 2026 10:00:00 GMT")));
        CalendarFeed.Read first = feed.read(at("/cal/secret-token/basic.ics"), CalendarFeed.Validators.NONE);
        CalendarFeed.Fresh fresh = assertInstanceOf(CalendarFeed.Fresh.class, first);
        assertEquals(ICS, fresh.body());
        assertEquals(new CalendarFeed.Validators("\"v1\"", "Mon, 07 Dec 2026 10:00:00 GMT"), fresh.validators());

        CalendarFeed.Read second = feed.read(at("/cal/secret-token/basic.ics"), fresh.validators());
        assertInstanceOf(CalendarFeed.Unchanged.class, second);
        assertEquals("\"v1\"", asked.get(1).get("If-None-Match"));
        assertEquals("Mon, 07 Dec 2026 10:00:00 GMT", asked.get(1).get("If-Modified-Since"));
        assertEquals("null", asked.get(0).get("If-None-Match"), "the first read asks unconditionally");
    }

    @Test
    void aChangedCalendarIsReadAgainWithItsNewValidators() {
        answers.put("/c.ics", new Answer(200, ICS, Map.of("ETag", "\"v1\"")));
        CalendarFeed.Fresh first = assertInstanceOf(CalendarFeed.Fresh.class, feed.read(at("/c.ics"), CalendarFeed.Validators.NONE));
        String changed = ICS.replace("END:VCALENDAR", "X-WR-CALNAME:Work\r\nEND:VCALENDAR");
        answers.put("/c.ics", new Answer(200, changed, Map.of("ETag", "\"v2\"")));
        CalendarFeed.Fresh second = assertInstanceOf(CalendarFeed.Fresh.class, feed.read(at("/c.ics"), first.validators()));
        assertEquals(changed, second.body());
        assertEquals("\"v2\"", second.validators().etag());
        assertNull(second.validators().lastModified());
    }

    @Test
    void serverErrorsAndRefusalsAreSaidInWordsWithTheHostOnly() {
        answers.put("/500.ics", new Answer(500, "oops", Map.of()));
        answers.put("/403.ics", new Answer(403, "", Map.of()));
        answers.put("/410.ics", new Answer(410, "", Map.of()));
        CalendarFeed.Failed error = assertInstanceOf(CalendarFeed.Failed.class, feed.read(at("/500.ics"), CalendarFeed.Validators.NONE));
        assertEquals("calendar.feed.serverError", error.key());
        assertEquals(List.of("127.0.0.1", 500), error.args());
        assertFalse(error.text().contains("500.ics"), "the words never name the secret path");
        assertEquals("calendar.feed.refused",
                assertInstanceOf(CalendarFeed.Failed.class, feed.read(at("/403.ics"), CalendarFeed.Validators.NONE)).key());
        assertEquals("calendar.feed.gone",
                assertInstanceOf(CalendarFeed.Failed.class, feed.read(at("/410.ics"), CalendarFeed.Validators.NONE)).key());
        assertEquals("calendar.feed.gone",
                assertInstanceOf(CalendarFeed.Failed.class, feed.read(at("/nothing-here.ics"), CalendarFeed.Validators.NONE)).key());
    }

    @Test
    void aSignInPageServedWith200IsNotACalendar() {
        answers.put("/login.ics", new Answer(200, "<!doctype html><html><body>Sign in</body></html>", Map.of()));
        assertEquals("calendar.feed.notCalendar",
                assertInstanceOf(CalendarFeed.Failed.class, feed.read(at("/login.ics"), CalendarFeed.Validators.NONE)).key());
    }

    @Test
    void aByteOrderMarkAndLeadingBlankLinesAreStillACalendar() {
        answers.put("/bom.ics", new Answer(200, "\uFEFF\r\n" + ICS, Map.of()));
        assertInstanceOf(CalendarFeed.Fresh.class, feed.read(at("/bom.ics"), CalendarFeed.Validators.NONE));
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWithoutReadingItAll() {
        answers.put("/big.ics", new Answer(200, ICS + "X".repeat(4096), Map.of()));
        CalendarFeed small = new CalendarFeed(HttpClient.newHttpClient(), 1024);
        assertEquals("calendar.feed.tooLarge",
                assertInstanceOf(CalendarFeed.Failed.class, small.read(at("/big.ics"), CalendarFeed.Validators.NONE)).key());
    }

    @Test
    void aRedirectIsFollowed() {
        answers.put("/old.ics", new Answer(301, "", Map.of("Location", "/new.ics")));
        answers.put("/new.ics", new Answer(200, ICS, Map.of()));
        assertInstanceOf(CalendarFeed.Fresh.class, feed.read(at("/old.ics"), CalendarFeed.Validators.NONE));
    }

    @Test
    void aServerThatIsNotThereIsUnreachable() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        CalendarFeed.Failed failed = assertInstanceOf(CalendarFeed.Failed.class,
                feed.read(CalendarAddress.parse("http://127.0.0.1:" + closed + "/c.ics"), CalendarFeed.Validators.NONE));
        assertEquals("calendar.feed.unreachable", failed.key());
    }

    @Test
    void aLocalFileIsReadAgainOnlyWhenItChanged(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("work.ics");
        Files.writeString(file, ICS);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-12-07T10:00:00Z")));
        CalendarAddress address = CalendarAddress.parse(file.toString());
        CalendarFeed.Fresh first = assertInstanceOf(CalendarFeed.Fresh.class, feed.read(address, CalendarFeed.Validators.NONE));
        assertInstanceOf(CalendarFeed.Unchanged.class, feed.read(address, first.validators()));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-12-07T11:00:00Z")));
        assertInstanceOf(CalendarFeed.Fresh.class, feed.read(address, first.validators()));
        Files.delete(file);
        assertEquals("calendar.feed.fileMissing",
                assertInstanceOf(CalendarFeed.Failed.class, feed.read(address, first.validators())).key());
    }

    @Test
    void addressesAreReadAsCalendarProgramsReadThem() {
        CalendarAddress webcal = CalendarAddress.parse("  webcal://p34-caldav.icloud.com/published/2/SECRET123  ");
        assertEquals("https://p34-caldav.icloud.com/published/2/SECRET123", webcal.secret());
        assertEquals("p34-caldav.icloud.com/…", webcal.shown(), "iCloud's secret is the last part of the path");
        assertEquals(webcal.shown(), webcal.toString());
        CalendarAddress google = CalendarAddress.parse("https://calendar.google.com/calendar/ical/me%40x.com/private-abc123/basic.ics");
        assertEquals("calendar.google.com/…/basic.ics", google.shown());
        assertFalse(google.toString().contains("private-abc123"));
        assertEquals("calendar.address.insecure", messageKeyOf(() -> CalendarAddress.parse("http://calendar.example.com/c.ics")));
        assertTrue(CalendarAddress.parse("http://localhost:8080/c.ics").secret().startsWith("http://localhost"));
        assertEquals("calendar.address.invalid", messageKeyOf(() -> CalendarAddress.parse("ftp://example.com/c.ics")));
        assertEquals("calendar.address.empty", messageKeyOf(() -> CalendarAddress.parse("   ")));
        assertEquals("calendar.feed.fileMissing", messageKeyOf(() -> CalendarAddress.parse("/no/such/file.ics")));
    }

    /** The key whose text the refusal carries, found by comparing with each candidate's text. */
    private static String messageKeyOf(org.junit.jupiter.api.function.Executable parse) {
        RapportException e = assertThrows(RapportException.class, parse);
        for (String key : List.of("calendar.address.insecure", "calendar.address.invalid", "calendar.address.empty")) {
            if (e.getMessage().equals(dev.rapport.i18n.I18n.t(key))) {
                return key;
            }
        }
        return e.getMessage().equals(dev.rapport.i18n.I18n.t("calendar.feed.fileMissing", "file.ics")) ? "calendar.feed.fileMissing" : e.getMessage();
    }
}
