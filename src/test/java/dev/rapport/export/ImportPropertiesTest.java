package dev.rapport.export;

import dev.rapport.tools.demo.DemoJournal;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.RapportException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damaged files for every importer: a random cut, insertion, deletion or byte change of a good
 * file. Each import either goes through whole or is refused with a RapportException, and a
 * refused import leaves the journal exactly as it was (its full export unchanged). Each property
 * also counts the files it refused and holds that count to a floor, so the refusal path it
 * claims to check is really taken (a reader that let damaged files through would fail here).
 */
class ImportPropertiesTest {
    private static final Logger LOG = Logger.getLogger(ImportPropertiesTest.class.getName());
    private static Path dir;
    private static JournalSession session;
    private static byte[] goodJson;
    private static byte[] goodVcf;
    private static final byte[] GOOD_CSV = ("\uFEFFname,email,phone,role,client,notes\r\n"
            + "Ann Lee,ann@acme.example,+1 555 0100,CTO,Acme,\"Likes, commas\"\r\n"
            + "Olena Koval,olena@dnipro.example,,Head of Sales,Dnipro Foods,\r\n"
            + "Ion Popescu,,+40 21 000,,Acme,\r\n").getBytes(StandardCharsets.UTF_8);
    // The fewest damaged files each property must refuse (see refused()). A run on 7 Dec 2026 refused
    // JSON 127 of 150, contact CSV 210 of 300, vCard 282 of 300, Monica 116 of 150, calendars 105 of
    // 150, Google 63, Outlook 55 and LinkedIn 25 of 100; each floor sits about four standard
    // deviations below that share, so random damage does not trip it but a reader that lets a
    // good part of the damaged files through does.
    static final int JSON_REFUSED_AT_LEAST = 100;
    static final int CSV_REFUSED_AT_LEAST = 170;
    static final int VCF_REFUSED_AT_LEAST = 255;
    static final int MONICA_REFUSED_AT_LEAST = 90;
    static final int CALENDAR_REFUSED_AT_LEAST = 80;
    static final int GOOGLE_REFUSED_AT_LEAST = 40;
    static final int OUTLOOK_REFUSED_AT_LEAST = 35;
    static final int LINKEDIN_REFUSED_AT_LEAST = 8;
    static final AtomicInteger TRIED = new AtomicInteger();
    static final AtomicInteger REFUSED = new AtomicInteger();

    @BeforeContainer
    static void open() throws Exception {
        dir = Files.createTempDirectory("rapport-import-props");
        try (JournalSession demo = JournalSession.open(dir.resolve("demo.rapport"), JsonExportTest.CLOCK)) {
            DemoJournal.fill(demo);
            goodJson = JsonExportTest.export(demo);
            ByteArrayOutputStream vcf = new ByteArrayOutputStream();
            new DataExchange(demo.data()).exportVcf(vcf);
            goodVcf = (new String(vcf.toByteArray(), StandardCharsets.UTF_8) + FormatsTest.VCARD_30).getBytes(StandardCharsets.UTF_8);
        }
        session = JournalSession.open(dir.resolve("target.rapport"), JsonExportTest.CLOCK);
        dev.rapport.model.Client here = session.clients().save(dev.rapport.model.Client.create("Already here"));
        // people the sample calendar names (by name only, so the Monica sample's emails stay new)
        session.contacts().save(dev.rapport.model.Contact.create(here.id(), "Šarūnas Žemaitis"));
        session.contacts().save(dev.rapport.model.Contact.create(here.id(), "Rasa Petraitė"));
    }

    @AfterContainer
    static void close() {
        session.close();
        LOG.info(() -> "Import properties: " + TRIED.get() + " damaged files tried, " + REFUSED.get() + " refused");
        System.setProperty("rapport.import.props.tried", Integer.toString(TRIED.get()));
    }

    /** A good file with one random change. */
    static Arbitrary<byte[]> damaged(byte[] good) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, good.length - 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 40);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 3);
        Arbitrary<Character> ch = Arbitraries.of('"', ',', '{', '}', '[', ']', ':', '\n', '\r', ';', 'x', '0', '=', '\\', '\u0000', 'é');
        return Combinators.combine(at, length, kind, ch).as((a, n, k, c) -> {
            String s = new String(good, StandardCharsets.UTF_8);
            int i = Math.min(a, s.length() - 1);
            String out = switch (k) {
                case 0 -> s.substring(0, i);
                case 1 -> s.substring(0, i) + c + s.substring(i);
                case 2 -> s.substring(0, i) + s.substring(Math.min(s.length(), i + n));
                default -> s.substring(0, i) + c + s.substring(Math.min(s.length(), i + 1));
            };
            return out.getBytes(StandardCharsets.UTF_8);
        });
    }

    @Provide
    Arbitrary<byte[]> badJson() {
        return damaged(goodJson);
    }

    @Provide
    Arbitrary<byte[]> badCsv() {
        return damaged(GOOD_CSV);
    }

    @Provide
    Arbitrary<byte[]> badVcf() {
        return damaged(goodVcf);
    }

    private static byte[] snapshot() {
        return JsonExportTest.export(session);
    }

    @Property(tries = 150)
    void jsonIsAllOrNothing(@ForAll("badJson") byte[] file) {
        TRIED.incrementAndGet();
        byte[] before = snapshot();
        boolean stored = false;
        try {
            JsonPlan plan = new DataExchange(session.data()).readJson(new ByteArrayInputStream(file));
            new DataExchange(session.data()).apply(plan, true, true, n -> { });
            stored = true;
        } catch (RapportException e) {
            REFUSED.incrementAndGet();
            assertThat(e.getMessage()).isNotBlank();
        }
        refused(!stored, JSON_REFUSED_AT_LEAST);
        if (stored) {
            // went through whole: put the journal back as it was for the next try
            new DataExchange(session.data()).apply(new DataExchange(session.data()).readJson(new ByteArrayInputStream(before)), true, true, n -> { });
        }
        assertThat(Arrays.equals(snapshot(), before)).isTrue();
        assertThat(session.quickCheck()).isEqualTo("ok");
    }

    @Property(tries = 300)
    void contactCsvIsAllOrNothing(@ForAll("badCsv") byte[] file) {
        contactsAllOrNothing(() -> new DataExchange(session.data()).readContactCsv(new ByteArrayInputStream(file), null), CSV_REFUSED_AT_LEAST);
    }

    @Property(tries = 300)
    void vcardIsAllOrNothing(@ForAll("badVcf") byte[] file) {
        contactsAllOrNothing(() -> new DataExchange(session.data()).readVcf(new ByteArrayInputStream(file), null), VCF_REFUSED_AT_LEAST);
    }

    private static void contactsAllOrNothing(java.util.function.Supplier<ContactImport.Plan> read, int refusedAtLeast) {
        TRIED.incrementAndGet();
        byte[] before = snapshot();
        int contacts = session.contacts().count();
        boolean refused = false;
        try {
            ContactImport.Plan plan = read.get();
            new DataExchange(session.data()).apply(plan);
            assertThat(session.contacts().count()).isEqualTo(contacts + plan.contacts().size());
            // stored whole; back to the start for the next try
            new DataExchange(session.data()).apply(new DataExchange(session.data()).readJson(new ByteArrayInputStream(before)), true, true, n -> { });
        } catch (RapportException e) {
            REFUSED.incrementAndGet();
            refused = true;
            assertThat(e.getMessage()).isNotBlank();
        }
        refused(refused, refusedAtLeast);
        assertThat(Arrays.equals(snapshot(), before)).isTrue();
    }

    /**
     * Counts this try as refused or stored, and holds the property's count of refused files to a
     * floor, checked once its tries are done (jqwik's coverage).
     */
    private static void refused(boolean refused, int atLeast) {
        Statistics.label("files").collect(refused ? "refused" : "stored");
        Statistics.label("files").coverage(c -> c.check("refused").count(n -> n >= atLeast));
    }

    private static byte[] sample(String name) {
        try (java.io.InputStream in = ImportPropertiesTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> badGoogle() {
        return damaged(sample("google-contacts.csv"));
    }

    @Provide
    Arbitrary<byte[]> badOutlook() {
        return damaged(sample("outlook-desktop.csv"));
    }

    @Provide
    Arbitrary<byte[]> badLinkedIn() {
        return damaged(sample("linkedin-connections.csv"));
    }

    @Provide
    Arbitrary<byte[]> badMonica() {
        return damaged(MonicaImportTest.sample());
    }

    @Provide
    Arbitrary<byte[]> badCalendar() {
        return damaged(CalendarImportTest.sample());
    }

    /** Monica: people with their entries, dates and tags go in whole, or the journal stays as it was. */
    @Property(tries = 150)
    void monicaExportsAreAllOrNothing(@ForAll("badMonica") byte[] file) {
        TRIED.incrementAndGet();
        byte[] before = snapshot();
        int contacts = session.contacts().count();
        boolean refused = false;
        try {
            MonicaImport.Plan plan = new DataExchange(session.data()).readMonicaJson(new ByteArrayInputStream(file), null);
            new DataExchange(session.data()).apply(plan);
            assertThat(session.contacts().count()).isEqualTo(contacts + plan.people().size());
            new DataExchange(session.data()).apply(new DataExchange(session.data()).readJson(new ByteArrayInputStream(before)), true, true, n -> { });
        } catch (RapportException e) {
            REFUSED.incrementAndGet();
            refused = true;
            assertThat(e.getMessage()).isNotBlank();
        }
        refused(refused, MONICA_REFUSED_AT_LEAST);
        assertThat(Arrays.equals(snapshot(), before)).isTrue();
    }

    /** Calendars: the planned meetings go in whole, or the journal stays as it was. */
    @Property(tries = 150)
    void calendarsAreAllOrNothing(@ForAll("badCalendar") byte[] file) {
        TRIED.incrementAndGet();
        byte[] before = snapshot();
        boolean refused = false;
        try {
            CalendarImport.Plan plan = new DataExchange(session.data()).readIcs(new ByteArrayInputStream(file));
            new DataExchange(session.data()).apply(plan);
            new DataExchange(session.data()).apply(new DataExchange(session.data()).readJson(new ByteArrayInputStream(before)), true, true, n -> { });
        } catch (RapportException e) {
            REFUSED.incrementAndGet();
            refused = true;
            assertThat(e.getMessage()).isNotBlank();
        }
        refused(refused, CALENDAR_REFUSED_AT_LEAST);
        assertThat(Arrays.equals(snapshot(), before)).isTrue();
    }

    @Property(tries = 100)
    void googleContactsAreAllOrNothing(@ForAll("badGoogle") byte[] file) {
        contactsAllOrNothing(() -> new DataExchange(session.data()).readGoogleCsv(new ByteArrayInputStream(file), null), GOOGLE_REFUSED_AT_LEAST);
    }

    @Property(tries = 100)
    void outlookContactsAreAllOrNothing(@ForAll("badOutlook") byte[] file) {
        contactsAllOrNothing(() -> new DataExchange(session.data()).readOutlookCsv(new ByteArrayInputStream(file), null), OUTLOOK_REFUSED_AT_LEAST);
    }

    @Property(tries = 100)
    void linkedInConnectionsAreAllOrNothing(@ForAll("badLinkedIn") byte[] file) {
        contactsAllOrNothing(() -> new DataExchange(session.data()).readLinkedInCsv(new ByteArrayInputStream(file), null), LINKEDIN_REFUSED_AT_LEAST);
    }
}
