package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.RapportException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A card with several EMAIL lines gives its person every one of them, so mail from any of them finds the person. */
class VCardEmailsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        I18n.use(Language.ENGLISH);
    }

    @Test
    void everyEmailOfACardBecomesOneOfThePersonsEmails() {
        try (JournalSession session = JournalSession.open(dir.resolve("j.rapport"))) {
            Client acme = session.clients().save(Client.create("Acme"));
            DataExchange exchange = new DataExchange(session.data());
            String vcf = card("Ana Pop", "ana@acme.example", "ana.pop@home.example", "ANA@acme.example", "ana@old.example");

            ContactImport.Plan plan = exchange.readVcf(bytes(vcf), "Acme");
            exchange.apply(plan);

            Contact ana = session.contacts().forClient(acme.id()).stream().filter(c -> c.name().equals("Ana Pop")).findFirst().orElseThrow();
            assertThat(ana.email()).isEqualTo("ana@acme.example");
            assertThat(session.personMail().otherEmails(ana.id())).containsExactly("ana.pop@home.example", "ana@old.example");
            assertThat(plan.describe()).contains("ana@acme.example, ana.pop@home.example, ana@old.example");
        }
    }

    @Test
    void aCardSharingAnyEmailWithSomeoneIsADuplicate() {
        try (JournalSession session = JournalSession.open(dir.resolve("j.rapport"))) {
            Client acme = session.clients().save(Client.create("Acme"));
            session.contacts().save(new Contact(0, acme.id(), "Dan Ene", "", "dan@acme.example", "", null, "", "", false));
            String vcf = card("Daniel Ene", "daniel@home.example", "Dan@Acme.example")
                    + card("Eva Lind", "eva@acme.example", "eva@home.example")
                    + card("Eva L.", "eva.l@acme.example", "EVA@home.example");

            ContactImport.Plan plan = new DataExchange(session.data()).readVcf(bytes(vcf), "Acme");

            assertThat(plan.contacts()).extracting(Contact::name).containsExactly("Eva Lind");
            assertThat(plan.otherEmails()).containsExactly(List.of("eva@home.example"));
            assertThat(plan.duplicates()).hasSize(2);
        }
    }

    @Test
    void aBadSecondEmailRefusesTheWholeImportNamingTheCard() {
        try (JournalSession session = JournalSession.open(dir.resolve("j.rapport"))) {
            Client acme = session.clients().save(Client.create("Acme"));
            DataExchange exchange = new DataExchange(session.data());
            String vcf = card("Ana Pop", "ana@acme.example") + card("Ion Rus", "ion@acme.example", "not an address");

            assertThatThrownBy(() -> exchange.readVcf(bytes(vcf), "Acme"))
                    .isInstanceOf(RapportException.class)
                    .hasMessageContaining("Ion Rus")
                    .hasMessageContaining("not an address");
            assertThat(session.contacts().forClient(acme.id())).isEmpty();
        }
    }

    @Test
    void everyEmailGoesOutOnTheCardAndComesBackIn() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (JournalSession session = JournalSession.open(dir.resolve("a.rapport"))) {
            Client acme = session.clients().save(Client.create("Acme"));
            Contact ana = session.contacts().save(new Contact(0, acme.id(), "Ana Pop", "", "ana@acme.example", "", null, "", "", false));
            session.personMail().setOtherEmails(ana.id(), List.of("Ana.Pop@Home.example", "ana@old.example"));
            new DataExchange(session.data()).exportVcf(out);
        }
        try (JournalSession session = JournalSession.open(dir.resolve("b.rapport"))) {
            Client acme = session.clients().save(Client.create("Acme"));
            DataExchange exchange = new DataExchange(session.data());
            exchange.apply(exchange.readVcf(new ByteArrayInputStream(out.toByteArray()), "Acme"));

            Contact ana = session.contacts().forClient(acme.id()).get(0);
            assertThat(ana.email()).isEqualTo("ana@acme.example");
            assertThat(session.personMail().otherEmails(ana.id())).containsExactly("Ana.Pop@Home.example", "ana@old.example");
        }
    }

    private static String card(String name, String... emails) {
        StringBuilder b = new StringBuilder("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:").append(name).append("\r\n");
        for (String e : emails) {
            b.append("EMAIL;TYPE=INTERNET:").append(e).append("\r\n");
        }
        return b.append("END:VCARD\r\n").toString();
    }

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
