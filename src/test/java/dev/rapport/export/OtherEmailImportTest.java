package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A person brought in from a file under an email someone already has as one of their other emails is the same person. */
class OtherEmailImportTest {
    @TempDir
    Path dir;

    @Test
    void aRowWithSomeonesOtherEmailIsSkippedAsADuplicate() {
        I18n.use(Language.ENGLISH);
        try (JournalSession session = JournalSession.open(dir.resolve("j.rapport"))) {
            Client acme = session.clients().save(Client.create("Acme"));
            Contact ana = session.contacts().save(new Contact(0, acme.id(), "Ana Pop", "", "ana@acme.example", "", null, "", "", false));
            session.personMail().setOtherEmails(ana.id(), List.of("ana.pop@home.example"));
            String csv = "name,email,client\nAna P.,Ana.Pop@Home.example,Acme\nDan Ene,dan@acme.example,Acme\n";

            ContactImport.Plan plan = new DataExchange(session.data())
                    .readContactCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "Acme");

            assertThat(plan.contacts()).extracting(Contact::name).containsExactly("Dan Ene");
            assertThat(plan.duplicates()).hasSize(1);
        }
    }
}
