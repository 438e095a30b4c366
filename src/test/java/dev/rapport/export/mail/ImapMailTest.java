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

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
    private static final String USER = "dana@moraru-consulting.eu";
    private static final String PASSWORD = "Kx9-quartz-PLUM-7731";
    private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T10:00:00Z"), BUCHAREST);
    private static final String STORE_PASSWORD = "test-store-pass";

    @TempDir
    static Path certificates;
    private static SSLSocketFactory trustingTheTestServer;

    @TempDir
    Path dir;
    private GreenMail server;
    private GreenMailUser dana;
    private JournalSession session;
    private Client northwind;

    @BeforeAll
    static void certificate() throws Exception {
        Path keystore = certificates.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "greenmail", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor()).isZero();
        System.setProperty("greenmail.tls.keystore.file", keystore.toString());
        System.setProperty("greenmail.tls.keystore.password", STORE_PASSWORD);
        System.setProperty("greenmail.tls.key.password", STORE_PASSWORD);
        KeyStore serverKeys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            serverKeys.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("test-server", serverKeys.getCertificate("greenmail"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        trustingTheTestServer = context.getSocketFactory();
    }

    @AfterAll
    static void forgetCertificate() {
        System.clearProperty("greenmail.tls.keystore.file");
        System.clearProperty("greenmail.tls.keystore.password");
        System.clearProperty("greenmail.tls.key.password");
    }

    @BeforeEach
    void start() throws Exception {
        I18n.use(Language.ENGLISH);
        server = new GreenMail(ServerSetupTest.IMAPS.dynamicPort());
        server.start();
        dana = server.setUser(USER, USER, PASSWORD);
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
        server.stop();
    }

    private MailServer account() {
        return new MailServer("127.0.0.1", server.getImaps().getPort(), USER, List.of(), false);
    }

    private MailServerImport reader() {
        return new MailServerImport(session, new ImapMail(trustingTheTestServer));
    }

    /** The client asks, the consultant replies from her sent folder, a stranger and a near-miss address write too. */
    private void mailbox() throws Exception {
        MailFolder inbox = server.getManagers().getImapHostManager().getInbox(dana);
        MailFolder sent = server.getManagers().getImapHostManager().createMailbox(dana, "Sent");
        put(inbox, """
                From: Ilona Kask <ilona.kask@northwind.example>
                To: Dana Moraru <dana@moraru-consulting.eu>
                Subject: Revised routing plan
                Date: Mon, 02 Nov 2026 09:15:00 +0200
                Message-ID: <q1@northwind.example>
                Content-Type: text/plain; charset=UTF-8

                Hello Dana,
                Could you send the revised routing plan? And when can we meet to go through it?
                Ilona
                """, new Flags());
        put(inbox, """
                From: Offers <deals@elsewhere.example>
                To: dana@moraru-consulting.eu
                Subject: Cheap flights?
                Date: Mon, 02 Nov 2026 09:20:00 +0200
                Message-ID: <spam1@elsewhere.example>

                Do you want cheap flights?
                """, new Flags(Flags.Flag.FLAGGED));
        put(inbox, """
                From: Someone <xilona.kask@northwind.example>
                To: dana@moraru-consulting.eu
                Subject: Not Ilona
                Date: Mon, 02 Nov 2026 09:25:00 +0200
                Message-ID: <near@northwind.example>

                An address that only contains Ilona's: is it hers?
                """, new Flags());
        put(sent, """
                From: Dana Moraru <dana@moraru-consulting.eu>
                To: Ilona Kask <ilona.kask@northwind.example>
                Subject: Re: Revised routing plan
                Date: Mon, 02 Nov 2026 10:40:00 +0200
                Message-ID: <r1@moraru-consulting.eu>
                In-Reply-To: <q1@northwind.example>
                References: <q1@northwind.example>

                Hello Ilona, the plan is attached; Thursday at 10 suits me.
                """, new Flags());
    }

    private static void put(MailFolder folder, String text, Flags flags) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        folder.appendMessage(m, flags, Date.from(Instant.parse("2026-11-02T08:00:00Z")));
    }

    /** Every message's flags on the server, by folder and UID. */
    private Map<String, String> flags() throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (String name : List.of("INBOX", "Sent")) {
            MailFolder folder = name.equals("INBOX") ? server.getManagers().getImapHostManager().getInbox(dana)
                    : server.getManagers().getImapHostManager().getFolder(dana, name);
            for (StoredMessage m : folder.getMessages()) {
                out.put(name + "#" + m.getUid(), List.of(m.getFlags().getSystemFlags()).toString()
                        + List.of(m.getFlags().getUserFlags()));
            }
        }
        return out;
    }

    @Test
    void readsInboxAndSentIntoEntriesAndATimedRequestChangingNothingOnTheServer() throws Exception {
        mailbox();
        Map<String, String> before = flags();
        assertThat(before.values()).noneMatch(f -> f.contains("Seen"));

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

        assertThat(flags()).isEqualTo(before);

        // Read again: the marks say nothing is new.
        MailServerImport.Checked second = reader().read(account(), PASSWORD.toCharArray(), true, false);
        assertThat(second.report().outcomes()).isEmpty();
        assertThat(session.ledger().requests(northwind.id())).hasSize(1);
        assertThat(flags()).isEqualTo(before);
    }

    @Test
    void readingEverythingAgainAddsNothing() throws Exception {
        mailbox();
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
        mailbox();
        MailReport dry = reader().read(account(), PASSWORD.toCharArray(), true, true).report();
        assertThat(dry.count(MailIntake.Status.IMPORTED)).isEqualTo(2);
        assertThat(session.ledger().requests(northwind.id())).isEmpty();
        assertThat(session.settings().get(MailServer.MARK + "INBOX")).isEmpty();

        MailReport real = reader().read(account(), PASSWORD.toCharArray(), true, false).report();
        assertThat(real.count(MailIntake.Status.IMPORTED)).isEqualTo(2);
    }

    @Test
    void onlyTheChosenFoldersAreRead() throws Exception {
        mailbox();
        MailServer inboxOnly = new MailServer("127.0.0.1", server.getImaps().getPort(), USER, List.of("INBOX"), false);
        MailServerImport.Checked checked = reader().read(inboxOnly, PASSWORD.toCharArray(), true, false);
        assertThat(checked.folders()).containsExactly("INBOX");
        assertThat(checked.report().outcomes()).extracting(MailIntake.Outcome::source).containsExactly("INBOX #1");

        MailServer missing = new MailServer("127.0.0.1", server.getImaps().getPort(), USER, List.of("Archive 2019"), false);
        assertThatThrownBy(() -> reader().read(missing, PASSWORD.toCharArray(), true, false))
                .isInstanceOfSatisfying(MailServerException.class, e -> {
                    assertThat(e.problem()).isEqualTo(MailServerException.Problem.FOLDER);
                    assertThat(e.getMessage()).isEqualTo(I18n.t("mailServer.error.folder", "Archive 2019", "127.0.0.1"));
                });
    }

    @Test
    void aWrongPasswordIsSaidPlainly() throws Exception {
        mailbox();
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
        mailbox();
        MailServerImport verifying = new MailServerImport(session, ImapMail.verifying());
        assertThatThrownBy(() -> verifying.read(account(), PASSWORD.toCharArray(), true, false))
                .isInstanceOfSatisfying(MailServerException.class,
                        e -> assertThat(e.problem()).isEqualTo(MailServerException.Problem.CERTIFICATE));
    }

    @Test
    void withoutStartTlsThePasswordIsNeverSent() throws Exception {
        GreenMail plain = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        plain.start();
        try {
            plain.setUser(USER, USER, PASSWORD);
            MailServer startTls = new MailServer("127.0.0.1", plain.getImap().getPort(), USER, List.of(), true);
            assertThatThrownBy(() -> reader().read(startTls, PASSWORD.toCharArray(), true, false))
                    .isInstanceOfSatisfying(MailServerException.class,
                            e -> assertThat(e.problem()).isEqualTo(MailServerException.Problem.NO_TLS));
        } finally {
            plain.stop();
        }
    }

    @Test
    void thePasswordIsNeverInTheJournalNorTheLog() throws Exception {
        mailbox();
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
