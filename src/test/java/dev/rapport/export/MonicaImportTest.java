package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.KeyPattern;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.DatedEvent;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalEntry;
import dev.rapport.model.RapportException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.rapport.export.JsonExportTest.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Issue 8: people, their history and their dates from Monica's JSON export (a realistic sample in test resources). */
class MonicaImportTest {
    @TempDir
    Path dir;

    static byte[] sample() {
        try (InputStream in = MonicaImportTest.class.getResourceAsStream("monica-export.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    static InputStream in(String text) {
        return in(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void previewNamesThePeopleTheirClientsAndWhatIsLeftOut() {
        try (JournalSession s = JournalSession.open(dir.resolve("j.rapport"), CLOCK)) {
            s.clients().save(Client.create("Dnipro Foods"));
            MonicaImport.Plan plan = new DataExchange(s.data()).readMonicaJson(in(sample()), null);
            assertThat(plan.newClients()).extracting(Client::name).containsExactly("Baltic Freight Lines", "Vilnius Advisory Group");
            assertThat(plan.contacts()).extracting(Contact::name, Contact::role, Contact::email, Contact::phone).containsExactly(
                    tuple("Šarūnas Žemaitis", "CFO", "sarunas.zemaitis@balticfreight.example", "+370 612 34567"),
                    tuple("Olena Kovalenko", "Head of Procurement", "o.kovalenko@dniprofoods.example", ""),
                    tuple("Rasa Petraitė", "Partner", "rasa@vilniusadvisory.example", ""));
            // the dentist has no company; the user's own contact is not imported
            assertThat(plan.skipped()).containsExactly("Contact 3 (Marta Zielińska): no company (choose a client for such people"
                    + " with --client NAME)");
            assertThat(plan.entries()).isEqualTo(5);
            assertThat(plan.dates()).isEqualTo(4);
            assertThat(plan.describe()).startsWith("To add: 3 contacts, 5 journal entries, 4 dates. New clients: Baltic Freight Lines,"
                    + " Vilnius Advisory Group.");
            // nothing stored by reading
            assertThat(s.contacts().count()).isZero();
        }
    }

    @Test
    void callsAndConversationsBecomeEntriesRemindersAndFirstMetBecomeDatesTagsBecomeClientTags() {
        try (JournalSession s = JournalSession.open(dir.resolve("j.rapport"), CLOCK)) {
            new DataExchange(s.data()).apply(new DataExchange(s.data()).readMonicaJson(in(sample()), null));
            assertThat(s.clients().count()).isEqualTo(3);
            assertThat(s.contacts().count()).isEqualTo(3);
            Client baltic = client(s, "Baltic Freight Lines");
            Contact sarunas = s.contacts().forClient(baltic.id()).get(0);
            assertThat(sarunas.notes()).isEqualTo("Sponsor of the fleet programme; decides with the board.\n\n"
                    + "Prefers calls before 10, never on Fridays.");
            List<Interaction> entries = s.interactions().forClient(baltic.id(), 10, 0).stream().map(JournalEntry::interaction).toList();
            assertThat(entries).extracting(Interaction::occurredAt, Interaction::channel, Interaction::title).containsExactly(
                    tuple(LocalDateTime.of(2026, 11, 10, 14, 30), Channel.CALL, "Call with Šarūnas Žemaitis"),
                    tuple(LocalDateTime.of(2026, 10, 14, 9, 0), Channel.CALL, "Call with Šarūnas Žemaitis"),
                    tuple(LocalDateTime.of(2026, 9, 22, 7, 15), Channel.EMAIL, "Conversation with Šarūnas Žemaitis"));
            assertThat(entries.get(0).privateNotes()).isEqualTo("Agreed to send the fleet proposal before the board meeting.");
            assertThat(entries.get(0).summary()).isEmpty();
            assertThat(entries.get(2).privateNotes()).isEqualTo("Šarūnas Žemaitis: Can you join the route review on Thursday?\n"
                    + "Me: Yes, I'll bring last quarter's figures.");
            assertThat(entries).allSatisfy(i -> assertThat(i.contactIds()).containsExactly(sarunas.id()));
            assertThat(s.dates().forClient(baltic.id())).extracting(DatedEvent::kind, DatedEvent::on, DatedEvent::label, DatedEvent::note)
                    .containsExactly(
                            tuple(DatedEvent.Kind.BIRTHDAY, LocalDate.of(1978, 12, 1), "", ""),
                            tuple(DatedEvent.Kind.MET, LocalDate.of(2019, 4, 11), "", "Introduced by Rasa Petraitė"),
                            tuple(DatedEvent.Kind.EVENT, LocalDate.of(2026, 12, 1), "Send the fleet proposal", ""));
            assertThat(s.clientList().tags()).containsEntry(baltic.id(), List.of("board", "key-account"));
            // Olena's last_talked_to (18 Nov) is later than her only call: it becomes an entry, so the rhythm counts from it
            Client dnipro = client(s, "Dnipro Foods");
            assertThat(s.interactions().forClient(dnipro.id(), 10, 0)).extracting(e -> e.interaction().title())
                    .containsExactly("Talked with Olena Kovalenko (from Monica)", "Call with Olena Kovalenko");
            assertThat(s.dates().forClient(dnipro.id())).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(DatedEvent.Kind.EVENT);
                assertThat(d.note()).isEqualTo("Repeats every 1 (year) in Monica");
            });
            // the same file again: every person has an email the journal has, so nothing is doubled
            MonicaImport.Plan again = new DataExchange(s.data()).readMonicaJson(in(sample()), null);
            assertThat(again.people()).isEmpty();
            assertThat(again.skipped()).hasSize(4);
        }
    }

    @Test
    void aDefaultClientTakesThePeopleWithoutACompany() {
        try (JournalSession s = JournalSession.open(dir.resolve("j.rapport"), CLOCK)) {
            MonicaImport.Plan plan = new DataExchange(s.data()).readMonicaJson(in(sample()), "Personal");
            assertThat(plan.skipped()).isEmpty();
            assertThat(plan.contacts()).extracting(Contact::name).contains("Marta Zielińska");
            assertThat(plan.newClients()).extracting(Client::name).contains("Personal");
        }
    }

    @Test
    void aDamagedFileNamesTheRecordAndFieldAndStoresNothing() {
        try (JournalSession s = JournalSession.open(dir.resolve("j.rapport"), CLOCK)) {
            String good = new String(sample(), StandardCharsets.UTF_8);
            assertThatThrownBy(() -> new DataExchange(s.data()).readMonicaJson(in(good.replace("\"2026-10-14T00:00:00.000000Z\"", "\"14/10/2026\"")), null))
                    .isInstanceOf(RapportException.class)
                    .hasMessage(I18n.t("imports.field", I18n.t("imports.monica.where.contact", 1, "Šarūnas Žemaitis"),
                            "data.call[1].called_at", I18n.t("imports.monica.badDate", "14/10/2026")));
            assertThatThrownBy(() -> new DataExchange(s.data()).readMonicaJson(in(good.replace("o.kovalenko@dniprofoods.example", "o.kovalenko@")), null))
                    .hasMessage(I18n.t("imports.field", I18n.t("imports.monica.where.contact", 2, "Olena Kovalenko"), "email",
                            I18n.t("validation.email", "o.kovalenko@")));
            assertThatThrownBy(() -> new DataExchange(s.data()).readMonicaJson(in(good.substring(0, good.length() / 2)), null))
                    .satisfies(e -> assertThat(e.getMessage()).matches(KeyPattern.of("imports.monica.notJson", KeyPattern.NUMBER, KeyPattern.NUMBER)));
            assertThatThrownBy(() -> new DataExchange(s.data()).readMonicaJson(in("{\"format\": \"rapport-journal\"}"), null))
                    .hasMessage(I18n.t("imports.monica.notMonica"));
            assertThat(s.contacts().count()).isZero();
            assertThat(s.clients().count()).isZero();
        }
    }

    @Test
    void aFailureWhileStoringLeavesNothingBehind() {
        try (JournalSession s = JournalSession.open(dir.resolve("j.rapport"), CLOCK)) {
            MonicaImport.Plan plan = new DataExchange(s.data()).readMonicaJson(in(sample()), null);
            byte[] before = JsonExportTest.export(s);
            // a client of the same name appears between the preview and the import: the unique name refuses the whole import
            s.clients().save(Client.create("Vilnius Advisory Group"));
            byte[] withClient = JsonExportTest.export(s);
            assertThatThrownBy(() -> new DataExchange(s.data()).apply(plan)).isInstanceOf(RuntimeException.class);
            assertThat(Arrays.equals(JsonExportTest.export(s), withClient)).isTrue();
            assertThat(before).isNotEmpty();
        }
    }

    private static Client client(JournalSession s, String name) {
        return s.clients().all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
