package dev.rapport.mail;

import dev.rapport.export.mail.MailFileException;
import dev.rapport.export.mail.MailFiles;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.MailIntake;
import dev.rapport.logic.MailReport;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.MailMessage;
import dev.rapport.model.WorkingHours;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The practice the mail corpus is written for: a consultant in Bucharest (Dana Moraru,
 * dana@moraru-consulting.eu) and her clients' people, whose addresses the corpus uses.
 */
final class MailFixture {
    static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T10:00:00Z"), BUCHAREST);
    /** The time the corpus's message without a Date header is given as its file's time. */
    static final Instant NO_DATE_FILE_TIME = Instant.parse("2026-11-06T07:30:00Z");

    final JournalSession session;
    final Client northwind;
    final Client baltic;
    final Client kyiv;
    final Client brasov;
    final Client sever;
    final Client tom;
    final Contact ilona;
    final Contact mark;
    final Contact sarunas;
    final Contact ruta;
    final Contact olena;
    final Contact ioana;
    final Contact dmitry;
    final Contact tomReed;

    MailFixture(Path dir) {
        session = JournalSession.open(dir.resolve("journal.rapport"), CLOCK);
        session.ledger().saveWorkingHours(new WorkingHours(BUCHAREST, WorkingHours.WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(18, 0)));
        northwind = session.clients().save(Client.create("Northwind Logistics"));
        baltic = session.clients().save(Client.create("Baltic Amber UAB"));
        kyiv = session.clients().save(Client.create("Київська Студія"));
        brasov = session.clients().save(Client.create("Brașov Tools SRL"));
        sever = session.clients().save(Client.create("ООО Север"));
        tom = session.clients().save(Client.create("Tom Reed"));
        ilona = person(northwind, "Ilona Kask", "Ilona.Kask@northwind.example");
        mark = person(northwind, "Mark Tamm", "mark.tamm@northwind.example");
        sarunas = person(baltic, "Šarūnas Žemaitis", "sarunas@balticamber.lt");
        ruta = person(baltic, "Rūta Jankauskienė", "ruta@balticamber.lt");
        olena = person(kyiv, "Олена Коваленко", "olena@kyivstudio.ua");
        ioana = person(brasov, "Ioana Popescu", "ioana.popescu@brasovtools.ro");
        dmitry = person(sever, "Дмитрий Иванов", "d.ivanov@sever-trade.example");
        tomReed = person(tom, "Tom Reed", "tom.reed@gmail.com");
    }

    private Contact person(Client client, String name, String email) {
        return session.contacts().save(new Contact(0, client.id(), name, "", email, "", null, "", "", false));
    }

    /** The corpus copied to a folder of the test's own, the message without a Date given a known file time. */
    static Path corpus(Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> files = Files.list(source())) {
            for (Path f : files.toList()) {
                Files.copy(f, out.resolve(f.getFileName().toString()));
            }
        }
        Files.setLastModifiedTime(out.resolve("t08-01-no-date.eml"), FileTime.from(NO_DATE_FILE_TIME));
        OutlookSample.write(out.resolve("t31-01-outlook.msg"));
        return out;
    }

    static Path source() {
        try {
            return Path.of(MailFixture.class.getResource("/dev/rapport/mail/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads and takes the files as the command line does. */
    MailReport importFiles(List<Path> files, boolean accept, boolean dryRun) {
        List<MailMessage> messages = new ArrayList<>();
        List<MailReport.Failure> failures = new ArrayList<>();
        for (Path f : MailFiles.files(files)) {
            try {
                messages.add(MailFiles.read(f));
            } catch (MailFileException e) {
                failures.add(new MailReport.Failure(e.file(), e.getMessage()));
            }
        }
        List<MailIntake.Outcome> outcomes = session.mail().take(messages, accept, dryRun,
                (m, e) -> failures.add(MailReport.Failure.refused(m.source(), e.getMessage())));
        return new MailReport(outcomes, failures, dryRun);
    }

    static InputStream resource(String name) {
        return MailFixture.class.getResourceAsStream(name);
    }
}
