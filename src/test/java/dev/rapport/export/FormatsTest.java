package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.tools.demo.DemoJournal;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.DataList;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import static dev.rapport.export.JsonExportTest.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=SUM(A1:A2)|'=SUM(A1:A2)",
            "+33 1 23|'+33 1 23",
            "-2+3|'-2+3",
            "@cmd|'@cmd",
            "plain|plain",
            "a=b|a=b",
    })
    void formulaCellsAreNeutralised(String cell, String expected) {
        assertThat(Csv.neutralise(cell)).isEqualTo(expected);
        assertThat(Csv.neutralise("")).isEmpty();
        assertThat(Csv.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(Csv.neutralise("\rx")).isEqualTo("'\rx");
    }

    private static String csv(JournalSession s, DataList list, boolean includePrivate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DataExchange(s.data()).exportCsv(list, includePrivate, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvHasABomAndNeutralisesCellsAndLeavesPrivateNotesOutUnlessAsked() throws Exception {
        try (JournalSession s = JournalSession.open(dir.resolve("x.rapport"), CLOCK)) {
            Client acme = s.clients().save(Client.create("=HYPERLINK(\"http://evil\")"));
            s.interactions().save(new dev.rapport.model.Interaction(0, acme.id(), java.time.LocalDateTime.of(2026, 11, 2, 9, 30),
                    dev.rapport.model.Channel.CALL, "Kick-off, \"scope\"", "-summary", "SECRET-NOTE", List.of(), null, List.of()));
            String clients = csv(s, DataList.CLIENTS, false);
            assertThat(clients).startsWith("\uFEFFid,name,");
            assertThat(clients).contains("\r\n");
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(clients.substring(1))).getRecords();
            assertThat(rows.get(0).get("name")).isEqualTo("'=HYPERLINK(\"http://evil\")");

            String interactions = csv(s, DataList.INTERACTIONS, false);
            assertThat(interactions).doesNotContain("SECRET-NOTE").doesNotContain("private_notes");
            List<CSVRecord> entries = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(interactions.substring(1))).getRecords();
            assertThat(entries.get(0).get("client")).isEqualTo("'=HYPERLINK(\"http://evil\")");
            assertThat(entries.get(0).get("title")).isEqualTo("Kick-off, \"scope\"");
            assertThat(entries.get(0).get("summary")).isEqualTo("'-summary");
            assertThat(csv(s, DataList.INTERACTIONS, true)).contains("private_notes", "SECRET-NOTE");
        }
    }

    @Test
    void everyListExportsFromTheDemoJournal() {
        try (JournalSession s = JournalSession.open(dir.resolve("demo.rapport"), CLOCK)) {
            DemoJournal.fill(s);
            List<Path> files = new DataExchange(s.data()).exportCsvAll(dir.resolve("csv"), false);
            assertThat(files).extracting(p -> p.getFileName().toString())
                    .containsExactly("clients.csv", "contacts.csv", "interactions.csv", "promises.csv", "problems.csv", "requests.csv");
            assertThat(csv(s, DataList.CLIENTS, false).split("\r\n")).hasSize(13);
        }
    }

    @Test
    void calendarParsesBackWithStableUidsAndTheRequiredProperties() throws Exception {
        try (JournalSession s = JournalSession.open(dir.resolve("demo.rapport"), CLOCK)) {
            DemoJournal.fill(s);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int n = new DataExchange(s.data()).exportIcs(out);
            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(n).isPositive();
            assertThat(text.replace("\r\n", "")).doesNotContain("\n");
            for (String line : text.split("\r\n")) {
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            }
            Calendar cal = new CalendarBuilder().build(new ByteArrayInputStream(out.toByteArray()));
            cal.validate();
            assertThat(cal.getProperty(Property.PRODID)).isPresent();
            List<VEvent> events = cal.getComponents(Component.VEVENT);
            assertThat(events).hasSize(n);
            String journalId = new DataExchange(s.data()).journalId();
            for (VEvent e : events) {
                assertThat(e.getProperty(Property.UID).orElseThrow().getValue()).matches("(promise|problem|date)-\\d+@" + journalId);
                assertThat(e.getProperty(Property.DTSTAMP).orElseThrow().getValue()).isEqualTo("20261125T100000Z");
                assertThat(e.getProperty(Property.DTSTART)).isPresent();
            }
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            new DataExchange(s.data()).exportIcs(again);
            assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(text);
        }
    }

    @Test
    void vcardsExportAsVersion4AndComeBack() throws Exception {
        try (JournalSession s = JournalSession.open(dir.resolve("a.rapport"), CLOCK)) {
            Client c = s.clients().save(Client.create("Baltic Logistics"));
            s.contacts().save(new Contact(0, c.id(), "Šarūnas Žemaitis", "CFO", "sarunas@baltic.example", "+370 600 12345",
                    null, "", "private note", false));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(new DataExchange(s.data()).exportVcf(out)).isEqualTo(1);
            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(text).contains("VERSION:4.0", "PRODID:").doesNotContain("private note");
            VCard card = Ezvcard.parse(text).first();
            assertThat(card.getVersion()).isEqualTo(VCardVersion.V4_0);
            assertThat(card.getFormattedName().getValue()).isEqualTo("Šarūnas Žemaitis");
            assertThat(card.getOrganization().getValues()).containsExactly("Baltic Logistics");
            assertThat(card.getEmails().get(0).getValue()).isEqualTo("sarunas@baltic.example");

            try (JournalSession other = JournalSession.open(dir.resolve("b.rapport"), CLOCK)) {
                ContactImport.Plan plan = new DataExchange(other.data()).readVcf(new ByteArrayInputStream(out.toByteArray()), null);
                assertThat(plan.describe()).startsWith("1 contact to add, 1 new client (Baltic Logistics).");
                new DataExchange(other.data()).apply(plan);
                Contact back = other.contacts().forClient(other.clients().byName("Baltic Logistics").id()).get(0);
                assertThat(back.name()).isEqualTo("Šarūnas Žemaitis");
                assertThat(back.role()).isEqualTo("CFO");
                assertThat(back.phone()).isEqualTo("+370 600 12345");
                // again: the same email is reported, not doubled
                ContactImport.Plan again = new DataExchange(other.data()).readVcf(new ByteArrayInputStream(out.toByteArray()), null);
                assertThat(again.contacts()).isEmpty();
                assertThat(again.duplicates()).singleElement().asString().contains("sarunas@baltic.example");
            }
        }
    }

    static final String VCARD_30 = """
            BEGIN:VCARD\r
            VERSION:3.0\r
            N:Koval;Olena;;;\r
            FN:Olena Koval\r
            ORG:Dnipro Foods;Sales\r
            TITLE:Head of Sales\r
            EMAIL;TYPE=INTERNET,WORK:olena@dnipro.example\r
            TEL;TYPE=WORK,VOICE:+380 44 123 4567\r
            NOTE:Met at the Kyiv fair\r
            END:VCARD\r
            BEGIN:VCARD\r
            VERSION:3.0\r
            N:Popescu;Ion;;;\r
            FN:Ion Popescu\r
            EMAIL:ion@example.ro\r
            END:VCARD\r
            """;

    @Test
    void vcard30FilesImportAndACardWithoutOrganisationNeedsAClient() {
        try (JournalSession s = JournalSession.open(dir.resolve("a.rapport"), CLOCK)) {
            s.clients().save(Client.create("dnipro foods"));
            var in = new ByteArrayInputStream(VCARD_30.getBytes(StandardCharsets.UTF_8));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DataExchange(s.data()).readVcf(in, null))
                    .hasMessageStartingWith("Card 2 (Ion Popescu), field client:");
            ContactImport.Plan plan = new DataExchange(s.data()).readVcf(new ByteArrayInputStream(VCARD_30.getBytes(StandardCharsets.UTF_8)), "Freelance");
            assertThat(plan.newClients()).extracting(Client::name).containsExactly("Freelance");
            new DataExchange(s.data()).apply(plan);
            Contact olena = s.contacts().forClient(s.clients().byName("Dnipro Foods").id()).get(0);
            assertThat(olena.email()).isEqualTo("olena@dnipro.example");
            assertThat(olena.phone()).isEqualTo("+380 44 123 4567");
            assertThat(olena.notes()).isEqualTo("Met at the Kyiv fair");
            assertThat(s.contacts().count()).isEqualTo(2);
        }
    }

    @Test
    void contactCsvMapsHeadersWhateverTheirCaseAndReportsUnknownColumns() {
        String file = "\uFEFFName,E-Mail,PHONE,Role,Client,Birthday\r\n"
                + "Ann Lee,ann@acme.example,+1 555 0100,CTO,Acme,1980-01-01\r\n"
                + "Bo Chen,,,,Acme,\r\n"
                + "\"Lee, Ann\",ann@acme.example,,,Acme,\r\n";
        try (JournalSession s = JournalSession.open(dir.resolve("a.rapport"), CLOCK)) {
            ContactImport.Plan plan = new DataExchange(s.data()).readContactCsv(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), null);
            assertThat(plan.contacts()).extracting(Contact::name).containsExactly("Ann Lee", "Bo Chen");
            assertThat(plan.warnings()).containsExactly(I18n.t("data.csv.unknownColumns", "Birthday"));
            assertThat(plan.duplicates()).containsExactly(I18n.t("data.plan.sameEmail", I18n.t("data.where.line", "4"), "Lee, Ann", "ann@acme.example"));
            new DataExchange(s.data()).apply(plan);
            assertThat(s.clients().byName("acme").name()).isEqualTo("Acme");
            assertThat(s.contacts().count()).isEqualTo(2);
        }
    }

    @Test
    void aBadContactRowNamesItsLineAndFieldAndStoresNothing() {
        String file = "name,email,client\nAnn,ann@acme.example,Acme\nBo,not-an-email,Acme\n";
        try (JournalSession s = JournalSession.open(dir.resolve("a.rapport"), CLOCK)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                            new DataExchange(s.data()).readContactCsv(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), null))
                    .hasMessageStartingWith("Line 3, field email: Email \"not-an-email\" is not a valid address");
            assertThat(s.clients().count()).isZero();
            assertThat(s.contacts().count()).isZero();
        }
    }
}
