package dev.rapport.mail;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.MailIntake;
import dev.rapport.logic.MailReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * About 300 damaged mail files, made from the corpus: each is refused with exactly one line naming
 * it, the good mail in the same batch still comes in, and the journal afterwards is byte for byte
 * what it was (its whole JSON export compared).
 */
class MailDamageTest {
    private static final List<String> BASES = List.of("t01-01-request.eml", "t02-01-samata.eml", "t03-01-pytannia.eml",
            "t25-01-numbered.eml");
    private static final List<String> BAD_SENDERS = List.of("nobody", "<>", "@", "Ilona Kask", "\"Ilona\"", "ilona.kask@northwind",
            "undisclosed-recipients:;", "<ilona at northwind dot example>");
    private static final List<String> BAD_DATES = List.of("yesterday", "soon", "Tue, tomorrow", "not a date", "sometime in November",
            "xx yy zz", "Dienstag", "вторник");

    @TempDir
    Path dir;

    @Test
    void everyDamagedFileIsOneLineAndTheJournalIsUntouched() throws IOException {
        I18n.use(Language.ENGLISH);
        MailFixture f = new MailFixture(dir);
        try (f.session) {
            Path corpus = MailFixture.corpus(dir);
            f.importFiles(List.of(corpus.resolve("t01-01-request.eml"), corpus.resolve("t01-02-ack.eml")), true, false);
            byte[] before = dump(f);

            Path damaged = Files.createDirectories(dir.resolve("damaged"));
            int made = damage(corpus, damaged);
            assertThat(made).isGreaterThanOrEqualTo(300);

            MailReport report = f.importFiles(List.of(damaged), true, false);
            assertThat(report.outcomes()).as("nothing of a damaged file is taken").isEmpty();
            assertThat(report.failures()).hasSize(made);
            for (MailReport.Failure failure : report.failures()) {
                assertThat(failure.message()).startsWith(failure.file() + ": ").doesNotContain("\n").doesNotContain("Exception")
                        .doesNotContain("null");
            }
            assertThat(report.failures()).extracting(MailReport.Failure::file).doesNotHaveDuplicates();
            assertThat(dump(f)).as("the journal after the damaged batch").isEqualTo(before);

            // The damaged files beside a good one: the good one comes in, the rest is reported one line each.
            Files.copy(corpus.resolve("t01-03-answer.eml"), damaged.resolve("zz-good.eml"));
            MailReport mixed = f.importFiles(List.of(damaged), true, false);
            assertThat(mixed.outcomes()).extracting(MailIntake.Outcome::status).containsExactly(MailIntake.Status.IMPORTED);
            assertThat(mixed.failures()).hasSize(made);
            assertThat(mixed.summary()).isEqualTo(I18n.t("mail.report.summary", I18n.plural("mail.count.files", made + 1),
                    I18n.plural("mail.count.imported", 1), "0", "0", "0", Integer.toString(made), "0", "0", "1"));
        }
    }

    /** Writes the damaged files; returns how many. */
    private static int damage(Path corpus, Path out) throws IOException {
        List<byte[]> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String base : BASES) {
            String stem = base.replace(".eml", "");
            // Each variant is a message of its own (never "already imported" as its original).
            String text = new String(Files.readAllBytes(corpus.resolve(base)), StandardCharsets.UTF_8)
                    .replaceFirst("Message-ID: <", "Message-ID: <damaged-" + stem + "-");
            add(names, files, stem + "-no-from.eml", text.replaceFirst("(?m)^From: [^\r\n]*\r\n", ""));
            for (int i = 0; i < BAD_SENDERS.size(); i++) {
                add(names, files, stem + "-sender-" + i + ".eml", text.replaceFirst("(?m)^From: [^\r\n]*", "From: " + BAD_SENDERS.get(i)));
            }
            for (int i = 0; i < BAD_DATES.size(); i++) {
                add(names, files, stem + "-date-" + i + ".eml", text.replaceFirst("(?m)^Date: [^\r\n]*", "Date: " + BAD_DATES.get(i)));
            }
            // Years the journal refuses (1900–2999): the entry would be refused after the mail was read.
            add(names, files, stem + "-year-1066.eml", text.replaceFirst("(?m)^Date: ([^\r\n]*) 2026 ", "Date: $1 1066 "));
            add(names, files, stem + "-year-3001.eml", text.replaceFirst("(?m)^Date: ([^\r\n]*) 2026 ", "Date: $1 3001 "));
            // A base64 body that is not base64.
            String headers = text.substring(0, text.indexOf("\r\n\r\n"));
            String plainHeaders = headers.replaceAll("(?m)^Content-Transfer-Encoding: [^\r\n]*", "Content-Transfer-Encoding: base64");
            add(names, files, stem + "-base64-a.eml", plainHeaders + "\r\n\r\nQUJD=RE\r\n");
            add(names, files, stem + "-base64-b.eml", plainHeaders + "\r\n\r\nA\r\n");
        }
        // Multiparts cut anywhere before their closing boundary.
        truncations(corpus.resolve("t11-01-attachments.eml"), "--mix-11--", 100, names, files);
        truncations(corpus.resolve("t06-01-forwarded.eml"), "--mix-6--", 50, names, files);
        // Binary noise, an empty file and one of blank lines.
        Random random = new Random(17);
        for (int i = 0; i < 30; i++) {
            byte[] noise = new byte[64 + random.nextInt(4000)];
            random.nextBytes(noise);
            names.add(String.format("noise-%02d.eml", i));
            files.add(noise);
        }
        add(names, files, "empty.eml", "");
        add(names, files, "blank-lines.eml", "\r\n\r\n\r\n");
        // Outlook files cut short, and files named .msg that are not Outlook's.
        Path msg = out.resolve("..").resolve("sample.msg").normalize();
        OutlookSample.write(msg);
        byte[] whole = Files.readAllBytes(msg);
        for (int i = 0; i < 30; i++) {
            int cut = 8 + (int) ((long) (whole.length - 600) * i / 30);
            names.add(String.format("outlook-cut-%02d.msg", i));
            files.add(java.util.Arrays.copyOf(whole, cut));
        }
        for (int i = 0; i < 5; i++) {
            add(names, files, "not-outlook-" + i + ".msg", "From: ilona.kask@northwind.example\r\nSubject: not really Outlook " + i + "\r\n\r\nHi\r\n");
        }
        // Parts nested past any reason.
        StringBuilder nested = new StringBuilder("From: Ilona Kask <ilona.kask@northwind.example>\r\nTo: dana@moraru-consulting.eu\r\n"
                + "Subject: Nested\r\nDate: Tue, 3 Nov 2026 10:15:00 +0200\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n");
        for (int i = 0; i < 30; i++) {
            nested.append("--b").append(i).append("\r\nContent-Type: multipart/mixed; boundary=\"b").append(i + 1).append("\"\r\n\r\n");
        }
        nested.append("--b30\r\nContent-Type: text/plain\r\n\r\nDeep?\r\n--b30--\r\n");
        for (int i = 29; i >= 0; i--) {
            nested.append("--b").append(i).append("--\r\n");
        }
        add(names, files, "nested.eml", nested.toString());
        for (int i = 0; i < files.size(); i++) {
            Files.write(out.resolve(names.get(i)), files.get(i));
        }
        // Larger than a mail file may be (a sparse file: no 64 MB written).
        try (RandomAccessFile huge = new RandomAccessFile(out.resolve("huge.eml").toFile(), "rw")) {
            huge.setLength(65L * 1024 * 1024);
        }
        return files.size() + 1;
    }

    private static void truncations(Path file, String closing, int count, List<String> names, List<byte[]> files) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int from = text.indexOf("\r\n\r\n") + 4;
        int to = text.indexOf(closing);
        String stem = file.getFileName().toString().replace(".eml", "");
        for (int i = 0; i < count; i++) {
            int cut = from + (int) ((long) (to - from) * i / count);
            names.add(String.format("%s-cut-%03d.eml", stem, i));
            files.add(java.util.Arrays.copyOf(bytes, cut));
        }
    }

    private static void add(List<String> names, List<byte[]> files, String name, String text) {
        names.add(name);
        files.add(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] dump(MailFixture f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new dev.rapport.export.DataExchange(f.session.data()).exportJson(out, n -> { });
        return out.toByteArray();
    }
}
