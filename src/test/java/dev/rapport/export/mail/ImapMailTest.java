package dev.rapport.export.mail;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.MailIntake;
import dev.rapport.logic.MailReport;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.JournalEntry;
import dev.rapport.model.MailServer;
import dev.rapport.model.Request;
import dev.rapport.model.WorkingHours;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reads a real IMAP server on this machine (GreenMail over IMAPS). The server's certificate is
 * made for the test by keytool, for 127.0.0.1, and trusted only through the test's own trust
 * store: the reader checks the chain and the name exactly as it does against a real server.
 */
class ImapMailTest {
    private static final String USER = TestImapServer.USER;
    private static final String PASSWORD = TestImapServer.PASSWORD;
    private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T10:00:00Z"), BUCHAREST);

    @TempDir
    static Path certificates;

    @TempDir
    Path dir;
    private TestImapServer server;
    private JournalSession session;
    private Client northwind;

    @BeforeEach
    void start() throws Exception {
        I18n.use(Language.ENGLISH);
        server = TestImapServer.imaps(certificates);
        session = JournalSession.open(dir.resolve("journal.rapport"), CLOCK);
        session.ledger().saveWorkingHours(new WorkingHours(BUCHAREST, WorkingHours.WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(18, 0)));
        northwind = session.clients().save(Client.create("Northwind Logistics"));
        session.contacts().save(new Contact(0, northwind.id(), "Ilona Kask", "", "Ilona.Kask@northwind.example", "", null, "", "",
                false));
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        server.close();
    }

    private MailServer account() {
        return new MailServer("127.0.0.1", server.port(), USER, List.of(), false);
    }

    private MailServerImport reader() {
        return new MailServerImport(session, new ImapMail(TestImapServer.trust()));
    }

    @Test
    void readsInboxAndSentIntoEntriesAndATimedRequestChangingNothingOnTheServer() throws Exception {
        server.mailbox();
        Map<String, String> before = server.flags();
        assertThat(before.values()).noneMatch(f -> f.contains("\\Seen")).contains("\\Flagged \\Recent");

        MailServerImport.Checked first = reader().read(account(), PASSWORD.toCharArray(), true, false);

        assertThat(first.folders()).containsExactly("INBOX", "Sent");
        MailReport report = first.report();
        assertThat(report.failures()).isEmpty();
        // The stranger and the near-miss address were never fetched: only Ilona's question and Dana's reply.
        assertThat(report.outcomes()).extracting(MailIntake.Outcome::source).containsExactlyInAnyOrder("INBOX #1", "Sent #1");
        assertThat(report.count(MailIntake.Status.IMPORTED)).isEqualTo(2);
        assertThat(report.offers()).isEmpty();
        assertThat(session.mail().unmatched()).isEmpty();

        List<Request> requests = session.ledger().requests(northwind.id());
        assertThat(requests).hasSize(1);
        Request r = requests.get(0);
        assertThat(r.receivedAt()).isEqualTo(Instant.parse("2026-11-02T07:15:00Z"));
        assertThat(r.questions()).hasSize(2);
        // DOMAIN §7: the one reply both acknowledges and answers, at 10:40 Bucharest time.
        assertThat(r.acknowledgedAt()).isEqualTo(Instant.parse("2026-11-02T08:40:00Z"));
        assertThat(r.answeredAt()).isEqualTo(Instant.parse("2026-11-02T08:40:00Z"));
        List<String> titles = session.interactions().forClient(northwind.id(), 50, 0).stream()
                .map(JournalEntry::interaction).map(i -> i.title()).toList();
        assertThat(titles).containsExactlyInAnyOrder("Revised routing plan", "Re: Revised routing plan");

        assertThat(server.flags()).isEqualTo(before);

        // Read again: the marks say nothing is new.
        MailServerImport.Checked second = reader().read(account(), PASSWORD.toCharArray(), true, false);
        assertThat(second.report().outcomes()).isEmpty();
        assertThat(session.ledger().requests(northwind.id())).hasSize(1);
        assertThat(server.flags()).isEqualTo(before);
    }

    @Test
    void readingEverythingAgainAddsNothing() throws Exception {
        server.mailbox();
        reader().read(account(), PASSWORD.toCharArray(), true, false);
        int entries = session.interactions().forClient(northwind.id(), 50, 0).size();
        // A new person makes the addresses searched for change, so every folder is read from its start again.
        session.contacts().save(new Contact(0, northwind.id(), "Mark Tamm", "", "mark.tamm@northwind.example", "", null, "", "", false));

        MailReport again = reader().read(account(), PASSWORD.toCharArray(), true, false).report();

        assertThat(again.count(MailIntake.Status.ALREADY_IMPORTED)).isEqualTo(2);
        assertThat(again.count(MailIntake.Status.IMPORTED)).isZero();
        assertThat(session.interactions().forClient(northwind.id(), 50, 0)).hasSize(entries);
        assertThat(session.ledger().requests(northwind.id())).hasSize(1);
    }

    @Test
    void aDryRunTakesNothingAndRemembersNothing() throws Exception {
        server.mailbox();
        MailReport dry = reader().read(account(), PASSWORD.toCharArray(), true, true).report();
        assertThat(dry.count(MailIntake.Status.IMPORTED)).isEqualTo(2);
        assertThat(session.ledger().requests(northwind.id())).isEmpty();
        assertThat(session.settings().get(MailServer.MARK + "INBOX")).isEmpty();

        MailReport real = reader().read(account(), PASSWORD.toCharArray(), true, false).report();
        assertThat(real.count(MailIntake.Status.IMPORTED)).isEqualTo(2);
    }

    @Test
    void onlyTheChosenFoldersAreRead() throws Exception {
        server.mailbox();
        MailServer inboxOnly = new MailServer("127.0.0.1", server.port(), USER, List.of("INBOX"), false);
        MailServerImport.Checked checked = reader().read(inboxOnly, PASSWORD.toCharArray(), true, false);
        assertThat(checked.folders()).containsExactly("INBOX");
        assertThat(checked.report().outcomes()).extracting(MailIntake.Outcome::source).containsExactly("INBOX #1");

        MailServer missing = new MailServer("127.0.0.1", server.port(), USER, List.of("Archive 2019"), false);
        assertThatThrownBy(() -> reader().read(missing, PASSWORD.toCharArray(), true, false))
                .isInstanceOfSatisfying(MailServerException.class, e -> {
                    assertThat(e.problem()).isEqualTo(MailServerException.Problem.FOLDER);
                    assertThat(e.getMessage()).isEqualTo(I18n.t("mailServer.error.folder", "Archive 2019", "127.0.0.1"));
                });
    }

    @Test
    void aWrongPasswordIsSaidPlainly() throws Exception {
        server.mailbox();
        assertThatThrownBy(() -> reader().read(account(), "not-the-password".toCharArray(), true, false))
                .isInstanceOfSatisfying(MailServerException.class, e -> {
                    assertThat(e.problem()).isEqualTo(MailServerException.Problem.LOGIN);
                    assertThat(e.getMessage()).isEqualTo(I18n.t("mailServer.error.login", USER, "127.0.0.1"));
                });
        assertThat(session.ledger().requests(null)).isEmpty();
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidPlainly() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        MailServer nobody = new MailServer("127.0.0.1", closed, USER, List.of(), false);
        assertThatThrownBy(() -> reader().read(nobody, PASSWORD.toCharArray(), true, false))
                .isInstanceOfSatisfying(MailServerException.class, e -> {
                    assertThat(e.problem()).isEqualTo(MailServerException.Problem.UNREACHABLE);
                    assertThat(e.getMessage()).isEqualTo(I18n.t("mailServer.error.unreachable", "127.0.0.1", Integer.toString(closed)));
                });
    }

    @Test
    void aCertificateTheSystemDoesNotTrustIsRefusedBeforeAnyPassword() throws Exception {
        server.mailbox();
        MailServerImport verifying = new MailServerImport(session, ImapMail.verifying());
        assertThatThrownBy(() -> verifying.read(account(), PASSWORD.toCharArray(), true, false))
                .isInstanceOfSatisfying(MailServerException.class,
                        e -> assertThat(e.problem()).isEqualTo(MailServerException.Problem.CERTIFICATE));
    }

    @Test
    void withoutStartTlsThePasswordIsNeverSent() throws Exception {
        try (TestImapServer plain = TestImapServer.plain()) {
            MailServer startTls = new MailServer("127.0.0.1", plain.port(), USER, List.of(), true);
            assertThatThrownBy(() -> reader().read(startTls, PASSWORD.toCharArray(), true, false))
                    .isInstanceOfSatisfying(MailServerException.class,
                            e -> assertThat(e.problem()).isEqualTo(MailServerException.Problem.NO_TLS));
        }
    }

    @Test
    void thePasswordIsNeverInTheJournalNorTheLog() throws Exception {
        server.mailbox();
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (!record.getLoggerName().startsWith("com.icegreen")) {
                    logged.add(record.getLoggerName() + " " + record.getMessage() + " " + java.util.Arrays.toString(record.getParameters())
                            + (record.getThrown() == null ? "" : " " + record.getThrown()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        Level rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(capture);
        try {
            reader().read(account(), PASSWORD.toCharArray(), true, false);
            assertThatThrownBy(() -> reader().read(account(), (PASSWORD + "x").toCharArray(), true, false))
                    .isInstanceOf(MailServerException.class);
        } finally {
            root.removeHandler(capture);
            root.setLevel(rootLevel);
        }
        assertThat(logged).isNotEmpty().noneMatch(line -> line.contains(PASSWORD));
        session.close();
        session = null;
        byte[] needle = PASSWORD.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(indexOf(Files.readAllBytes(f), needle)).as(f.getFileName().toString()).isEqualTo(-1);
            }
        }
    }

    @Test
    void theSentFolderIsTheOneTheServerMarksElseTheOneNamedSo() {
        List<ImapMail.Listed> marked = List.of(new ImapMail.Listed("INBOX", List.of()),
                new ImapMail.Listed("Sent", List.of()), new ImapMail.Listed("[Gmail]/Sent Mail", List.of("\\HasNoChildren", "\\Sent")));
        assertThat(ImapMail.sentFolder(marked, '/')).contains("[Gmail]/Sent Mail");
        List<ImapMail.Listed> named = List.of(new ImapMail.Listed("INBOX", List.of()), new ImapMail.Listed("INBOX.Отправленные", List.of()));
        assertThat(ImapMail.sentFolder(named, '.')).contains("INBOX.Отправленные");
        assertThat(ImapMail.sentFolder(List.of(new ImapMail.Listed("INBOX", List.of())), '/')).isEmpty();
    }

    @Test
    void manyAddressesAreSearchedInBatches() {
        java.util.Set<String> many = new java.util.HashSet<>();
        for (int i = 0; i < ImapMail.ADDRESSES_PER_SEARCH * 2 + 1; i++) {
            many.add("p" + i + "@client.example");
        }
        assertThat(ImapMail.terms(many)).hasSize(3);
        assertThat(ImapMail.terms(java.util.Set.of())).isEmpty();
    }

    @Test
    void theMarkReadsBackAndRefusesWhatItDidNotWrite() {
        ImapMail.Mark m = new ImapMail.Mark(1234, 56, "abc");
        assertThat(ImapMail.Mark.parse(m.text())).contains(m);
        assertThat(ImapMail.Mark.parse("1234 x abc")).isEmpty();
        assertThat(ImapMail.Mark.parse(null)).isEmpty();
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
