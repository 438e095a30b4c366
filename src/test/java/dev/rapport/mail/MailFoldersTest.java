package dev.rapport.mail;

import dev.rapport.export.mail.MailFolderImport;
import dev.rapport.export.mail.MailSource;
import dev.rapport.export.mail.MailSources;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.MailIntake;
import dev.rapport.logic.MailReport;
import dev.rapport.model.MailMessage;
import dev.rapport.tools.bench.SyntheticMail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Local mail folders: Thunderbird's mbox files and Maildirs, streamed, read-only, never twice. */
class MailFoldersTest {
    /** The twenty corpus messages the Thunderbird Inbox in the test resources holds, in its order. */
    static final List<String> INBOX = List.of("t01-01-request", "t01-02-ack", "t01-03-answer", "t01-04-thanks", "t02-01-samata",
            "t02-02-reply", "t02-03-kaunas", "t03-01-pytannia", "t03-02-ooo", "t03-03-reply", "t04-01-html-only",
            "t04-02-alternative", "t04-03-final", "t05-01-zapros", "t06-01-forwarded", "t06-02-reply", "t10-01-8bit-headers",
            "t11-01-attachments", "t12-01-new-person", "t13-01-unmatched");

    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        I18n.use(Language.ENGLISH);
    }

    static Path thunderbird() {
        try {
            return Path.of(MailFoldersTest.class.getResource("/dev/rapport/mail/thunderbird").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path inbox(Path dir) throws IOException {
        Path copy = dir.resolve("Inbox");
        Files.copy(thunderbird().resolve("Mail/Local Folders/Inbox"), copy);
        return copy;
    }

    private static MailFolderImport.Result read(MailFixture f, Path... paths) {
        return new MailFolderImport(f.session.mail(), false, false).read(MailSources.of(List.of(paths)), (d, t, s) -> { }, () -> false);
    }

    @Test
    void aThunderbirdInboxReadsAsItsMessagesReadAsFiles() throws IOException {
        Path corpus = MailFixture.corpus(dir);
        MailReport files;
        Path a = Files.createDirectories(dir.resolve("a"));
        MailFixture byFiles = new MailFixture(a);
        try (byFiles.session) {
            files = byFiles.importFiles(INBOX.stream().map(n -> corpus.resolve(n + ".eml")).toList(), true, false);
        }
        Path b = Files.createDirectories(dir.resolve("b"));
        MailFixture byMbox = new MailFixture(b);
        MailReport mbox;
        try (byMbox.session) {
            // The profile folder is searched: the Inbox is an mbox (no extension), its .msf index is not mail.
            List<MailSource> sources = MailSources.of(List.of(thunderbird()));
            assertThat(sources).extracting(MailSource::name).containsExactly("Inbox");
            mbox = new MailFolderImport(byMbox.session.mail(), true, false).read(sources, (d, t, s) -> { }, () -> false).report();
        }
        assertThat(mbox.failures()).isEmpty();
        assertThat(mbox.outcomes()).hasSize(20);
        assertThat(mbox.outcomes()).extracting(MailIntake.Outcome::source).contains("Inbox, message 1", "Inbox, message 21")
                .as("message 11 was deleted in Thunderbird and not compacted away").doesNotContain("Inbox, message 11");
        assertThat(shape(mbox)).isEqualTo(shape(files));
        assertThat(mbox.count(MailIntake.Status.IMPORTED)).isEqualTo(19);
        assertThat(mbox.requests(MailIntake.RequestState.ACCEPTED)).isPositive();
        assertThat(mbox.repliesTimed()).isPositive();
    }

    /** What each message became, by its key: status, clients, request, number of questions, whether it timed a request. */
    private static Map<String, String> shape(MailReport r) {
        return r.outcomes().stream().collect(Collectors.toMap(MailIntake.Outcome::key, o -> o.status() + " " + o.clients() + " "
                + o.request() + " " + o.questions().size() + " " + o.timedRequests().size() + " " + o.offers().size()));
    }

    @Test
    void readingLeavesTheMailFilesAsTheyWereAndReadingAgainChangesNothing() throws IOException {
        Path mbox = inbox(dir);
        byte[] bytes = Files.readAllBytes(mbox);
        var modified = Files.getLastModifiedTime(mbox);
        MailFixture f = new MailFixture(dir);
        try (f.session) {
            MailFolderImport.Result first = read(f, mbox);
            assertThat(first.report().count(MailIntake.Status.IMPORTED)).isEqualTo(19);
            byte[] before = dump(f);
            int unmatched = f.session.mail().unmatched().size();
            int proposals = f.session.mail().proposals().size();

            MailFolderImport.Result again = read(f, mbox);
            assertThat(again.report().count(MailIntake.Status.IMPORTED)).isZero();
            assertThat(again.report().count(MailIntake.Status.ALREADY_IMPORTED)).isEqualTo(19);
            assertThat(again.report().count(MailIntake.Status.UNMATCHED)).isEqualTo(1);
            assertThat(dump(f)).isEqualTo(before);
            assertThat(f.session.mail().unmatched()).hasSize(unmatched);
            assertThat(f.session.mail().proposals()).hasSize(proposals);
        }
        assertThat(Files.readAllBytes(mbox)).isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(mbox)).isEqualTo(modified);
    }

    @Test
    void aMaildirReadsCurAndNewButNotTmp() throws IOException {
        Path corpus = MailFixture.corpus(dir);
        Path maildir = dir.resolve("Maildir");
        for (String sub : List.of("cur", "new", "tmp")) {
            Files.createDirectories(maildir.resolve(sub));
        }
        List<String> cur = List.of("t01-01-request", "t01-02-ack", "t01-03-answer", "t02-01-samata", "t02-02-reply");
        for (int i = 0; i < cur.size(); i++) {
            Files.copy(corpus.resolve(cur.get(i) + ".eml"), maildir.resolve("cur").resolve("17330" + i + ".M1P2.host:2,S"));
        }
        Files.copy(corpus.resolve("t05-01-zapros.eml"), maildir.resolve("new").resolve("1733100.M3P4.host"));
        Files.copy(corpus.resolve("t06-01-forwarded.eml"), maildir.resolve("new").resolve("1733101.M5P6.host"));
        Files.copy(corpus.resolve("t04-01-html-only.eml"), maildir.resolve("tmp").resolve("1733102.M7P8.host"));
        // Maildir++: a sub-folder is a Maildir of its own inside the first.
        Path sent = maildir.resolve(".Sent");
        for (String sub : List.of("cur", "new", "tmp")) {
            Files.createDirectories(sent.resolve(sub));
        }
        Files.copy(corpus.resolve("t03-03-reply.eml"), sent.resolve("cur").resolve("1733200.M9P1.host:2,S"));

        MailFixture f = new MailFixture(dir);
        try (f.session) {
            assertThat(MailSources.of(List.of(maildir))).extracting(MailSource::name).containsExactly("Maildir", ".Sent");
            MailFolderImport.Result r = read(f, maildir);
            assertThat(r.report().failures()).isEmpty();
            assertThat(r.report().outcomes()).hasSize(8);
            assertThat(r.report().outcomes()).extracting(MailIntake.Outcome::source).doesNotContain("1733102.M7P8.host");
            assertThat(r.report().count(MailIntake.Status.IMPORTED)).isEqualTo(8);

            MailFolderImport.Result again = read(f, maildir);
            assertThat(again.report().count(MailIntake.Status.ALREADY_IMPORTED)).isEqualTo(8);
            assertThat(again.report().count(MailIntake.Status.IMPORTED)).isZero();
        }
    }

    @Test
    void fromLinesQuotedInTheBodyComeBackAndOnlyRealSeparatorsSplit() throws IOException {
        Path mbox = dir.resolve("quoted");
        Files.writeString(mbox, String.join("\n",
                "From ilona.kask@northwind.example Mon Dec  7 10:00:00 2026",
                "From: Ilona Kask <ilona.kask@northwind.example>",
                "To: Dana Moraru <dana@moraru-consulting.eu>",
                "Subject: Quoting",
                "Message-ID: <quoting-1@northwind.example>",
                "Date: Mon, 7 Dec 2026 10:00:00 +0000",
                "",
                ">From the start, we planned it.",
                ">>From a quoted quote.",
                "From Monday on we work remotely.",
                "",
                "From what I hear, it is fine.",
                "",
                "From dana@moraru-consulting.eu Mon Dec  7 11:00:00 2026",
                "From: Dana Moraru <dana@moraru-consulting.eu>",
                "To: Ilona Kask <ilona.kask@northwind.example>",
                "Subject: Re: Quoting",
                "Message-ID: <quoting-2@moraru-consulting.eu>",
                "",
                "Noted.",
                ""), StandardCharsets.UTF_8);
        List<MailMessage> messages = new ArrayList<>();
        for (MailSource s : MailSources.of(List.of(mbox))) {
            try (s) {
                for (Optional<MailMessage> m = s.next(); m.isPresent(); m = s.next()) {
                    messages.add(m.get());
                }
                assertThat(s.position()).isEqualTo(s.size());
            }
        }
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).body().lines().toList()).containsExactly("From the start, we planned it.", ">From a quoted quote.",
                "From Monday on we work remotely.", "", "From what I hear, it is fine.");
        assertThat(messages.get(1).subject()).isEqualTo("Re: Quoting");
        assertThat(messages.get(1).dateFromFile()).isTrue();
        assertThat(messages.get(1).sent()).as("no Date header: the time on its From line").isEqualTo(java.time.Instant.parse("2026-12-07T11:00:00Z"));
    }

    @Test
    void aLastMessageCutShortIsOneLineAndComesInWhenWhole() throws IOException {
        Path corpus = MailFixture.corpus(dir);
        byte[] whole = mbox(corpus, "t01-01-request", "t01-02-ack", "t01-03-answer");
        Path mbox = dir.resolve("Inbox");
        Files.write(mbox, java.util.Arrays.copyOf(whole, whole.length - 40));
        MailFixture f = new MailFixture(dir);
        try (f.session) {
            MailReport r = read(f, mbox).report();
            assertThat(r.count(MailIntake.Status.IMPORTED)).isEqualTo(2);
            assertThat(r.failures()).extracting(MailReport.Failure::message)
                    .containsExactly(I18n.t("mail.error.line", "Inbox, message 3", I18n.t("mailFolders.reason.cutShort")));

            Files.write(mbox, whole);
            MailReport again = read(f, mbox).report();
            assertThat(again.failures()).isEmpty();
            assertThat(again.count(MailIntake.Status.IMPORTED)).isEqualTo(1);
            assertThat(again.count(MailIntake.Status.ALREADY_IMPORTED)).isEqualTo(2);
        }
    }

    /** The corpus messages as one mbox (LF line ends, "From " lines in bodies quoted). */
    static byte[] mbox(Path corpus, String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String n : names) {
            String text = Files.readString(corpus.resolve(n + ".eml"), StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
            out.writeBytes(("From - Mon Nov  2 09:00:00 2026\n" + text.replaceAll("(?m)^(>*From )", ">$1")
                    + (text.endsWith("\n") ? "" : "\n") + "\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    @Test
    void cancellingMidReadLeavesWholeMessagesOnlyAndTheNextReadFinishes() throws IOException {
        Path mbox = dir.resolve("big");
        Path a = Files.createDirectories(dir.resolve("a"));
        MailFixture f = new MailFixture(a);
        List<String> people = List.of(f.ilona.email(), f.mark.email(), f.sarunas.email(), f.olena.email(), f.ioana.email());
        int known = SyntheticMail.write(mbox, people, 350, 3, 5);
        assertThat(known).isGreaterThan(100);
        Path b = Files.createDirectories(dir.resolve("b"));
        MailFixture whole = new MailFixture(b);
        try (f.session; whole.session) {
            int[] seen = {0};
            List<Long> progress = new ArrayList<>();
            MailFolderImport.Result cut = new MailFolderImport(f.session.mail(), false, false).read(MailSources.of(List.of(mbox)),
                    (done, total, source) -> {
                        seen[0]++;
                        progress.add(done);
                    }, () -> seen[0] >= 150);
            assertThat(cut.cancelled()).isTrue();
            long size = Files.size(mbox);
            assertThat(progress).isSorted().allMatch(p -> p > 0 && p < size);
            int taken = cut.report().outcomes().size();
            assertThat(taken).isPositive().isLessThan(350);
            long entries = cut.report().count(MailIntake.Status.IMPORTED);
            assertThat(f.session.stats().journal().entries()).as("every message taken has its entry, and nothing else came in")
                    .isEqualTo((int) entries);

            MailFolderImport.Result rest = read(f, mbox);
            assertThat(rest.cancelled()).isFalse();
            assertThat(rest.report().count(MailIntake.Status.ALREADY_IMPORTED)).isEqualTo(entries);

            MailFolderImport.Result once = read(whole, mbox);
            assertThat(f.session.stats().journal().entries()).isEqualTo(whole.session.stats().journal().entries());
            assertThat(f.session.mail().proposals()).hasSameSizeAs(whole.session.mail().proposals());
            assertThat(f.session.mail().unmatched()).hasSameSizeAs(whole.session.mail().unmatched());
            assertThat(once.report().count(MailIntake.Status.IMPORTED)).isEqualTo(entries + rest.report().count(MailIntake.Status.IMPORTED));
        }
    }

    private static byte[] dump(MailFixture f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new dev.rapport.export.DataExchange(f.session.data()).exportJson(out, n -> { });
        return out.toByteArray();
    }

}
