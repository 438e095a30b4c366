package dev.rapport.export.calendar;

import static dev.rapport.export.calendar.TestCalendarServer.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.export.DataExchange;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.RapportException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subscribed calendar's address is a secret: whoever has it reads the calendar. After adding,
 * reading, failing and a mistyped address, no part of it that is secret (the token, the path, the
 * whole address) is in the journal file, its backup, any export or any log record, at any level.
 */
class CalendarAddressSecretTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneId.of("Europe/Vilnius"));

    @TempDir
    Path dir;

    private final List<String> logged = new ArrayList<>();
    private final Logger rapportLogger = Logger.getLogger("dev.rapport");
    private Level levelBefore;
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            StringWriter trace = new StringWriter();
            if (r.getThrown() != null) {
                r.getThrown().printStackTrace(new PrintWriter(trace));
            }
            logged.add(r.getMessage() + " " + (r.getParameters() == null ? "" : List.of(r.getParameters())) + " " + trace);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private TestCalendarServer server;
    private JournalSession session;

    @BeforeEach
    void setUp() {
        I18n.use(Language.ENGLISH);
        levelBefore = rapportLogger.getLevel();
        rapportLogger.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        rapportLogger.addHandler(capture);
        server = new TestCalendarServer();
        session = JournalSession.open(dir.resolve("j.rapport"), CLOCK);
        Client northwind = session.clients().save(Client.create("Northwind Health Trust"));
        session.contacts().save(new Contact(0, northwind.id(), "Ona Petraitė", "", "ona@northwind.example", "", null, "", "", false));
    }

    @AfterEach
    void tearDown() {
        rapportLogger.removeHandler(capture);
        rapportLogger.setLevel(levelBefore);
        if (session != null) {
            session.close();
        }
        server.close();
    }

    @Test
    void noPartOfTheAddressReachesTheJournalItsExportsOrTheLog() throws IOException {
        CalendarSubscriptions subscriptions = new CalendarSubscriptions(session.data(), new CalendarFeed(), CalendarSecrets.inMemory());
        server.serve(event("UID:kickoff", "SUMMARY:Kick-off", "DTSTART:20261209T080000Z", "ATTENDEE:mailto:ona@northwind.example"));
        subscriptions.add(server.address(), "Work");
        server.fail(500);
        subscriptions.refreshAll();
        server.serveRaw("not a calendar");
        subscriptions.refreshAll();
        String typo = server.address().replace("/basic.ics", " /basic.ics");
        RapportException refused = assertThrows(RapportException.class, () -> subscriptions.add(typo, null));
        assertThat(refused.getMessage()).isEqualTo(I18n.t("calendar.address.invalid"));
        assertThat(session.meetings().between(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-31T00:00:00Z"))).hasSize(1);

        DataExchange exchange = new DataExchange(session.data());
        List<String> outputs = new ArrayList<>();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        exchange.exportJson(json, n -> { });
        outputs.add(json.toString(StandardCharsets.UTF_8));
        assertThat(outputs.get(0)).as("the export does hold the calendar, by what it is shown as").contains("127.0.0.1/…/basic.ics");
        ByteArrayOutputStream ics = new ByteArrayOutputStream();
        exchange.exportIcs(ics);
        outputs.add(ics.toString(StandardCharsets.UTF_8));
        for (Path csv : exchange.exportCsvAll(Files.createDirectories(dir.resolve("csv")), true)) {
            outputs.add(Files.readString(csv));
        }
        Path backup = session.backups().backupNow(dir.resolve("backup.rapport"));
        session.close();
        session = null;
        outputs.add(new String(Files.readAllBytes(dir.resolve("j.rapport")), StandardCharsets.ISO_8859_1));
        outputs.add(new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) { // the journal's side files too
                outputs.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }

        assertThat(logged).as("the reads were logged").isNotEmpty();
        String path = server.address().substring(server.address().indexOf("/calendar/"));
        for (String secret : List.of(TestCalendarServer.TOKEN, path, server.address())) {
            assertThat(outputs).as("exports and files").noneMatch(text -> text.contains(secret));
            assertThat(logged).as("log records").noneMatch(text -> text.contains(secret));
        }
    }
}
