package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.rapport.export.JsonExportTest.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 8: contacts from Google, Outlook and LinkedIn exports (realistic samples in test resources). */
class ToolImportsTest {
    @TempDir
    Path dir;

    private static InputStream sample(String name) {
        return ToolImportsTest.class.getResourceAsStream(name);
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void googleContactsWithJoinedValuesMultiLineNotesAndABom() {
        try (JournalSession s = JournalSession.open(dir.resolve("j.rapport"), CLOCK)) {
            ContactImport.Plan plan = new DataExchange(s.data()).readGoogleCsv(sample("google-contacts.csv"), null);
            assertThat(plan.newClients()).extracting(Client::name).containsExactly("Baltic Freight Lines", "Dnipro Foods", "Carpathia Tech");
            Contact sarunas = plan.contacts().get(0);
            assertThat(sarunas.name()).isEqualTo("Šarūnas Žemaitis");
            assertThat(sarunas.role()).isEqualTo("CFO");
            assertThat(sarunas.email()).isEqualTo("sarunas@balticfreight.example");
            assertThat(sarunas.phone()).isEqualTo("+370 612 34567");
            assertThat(sarunas.notes()).isEqualTo("Prefers calls before 10,\nnever on Fridays");
            assertThat(plan.contacts()).extracting(Contact::name).containsExactly("Šarūnas Žemaitis", "Olena Kovalenko", "Ion Popescu");
            new DataExchange(s.data()).apply(plan);
            assertThat(s.contacts().count()).isEqualTo(3);
            // the same file again: the people with an email are reported, not doubled
            ContactImport.Plan again = new DataExchange(s.data()).readGoogleCsv(sample("google-contacts.csv"), null);
            assertThat(again.duplicates()).hasSize(2);
        }
    }

    @Test
    void outlookDesktopAndOutlookComHeaderSets() {
        try (JournalSession s = JournalSession.open(dir.resolve("j.rapport"), CLOCK)) {
            ContactImport.Plan desktop = new DataExchange(s.data()).readOutlookCsv(sample("outlook-desktop.csv"), null);
            assertThat(desktop.newClients()).extracting(Client::name).containsExactly("Nordwind Logistik GmbH");
            assertThat(desktop.contacts()).extracting(Contact::name, Contact::role, Contact::email, Contact::phone).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Anna Schmidt", "Leiterin Einkauf", "anna.schmidt@nordwind.example", "+49 40 123456"),
                    org.assertj.core.groups.Tuple.tuple("Jonas Weber", "CTO", "jonas.weber@nordwind.example", "+49 170 555 0101"));
            ContactImport.Plan web = new DataExchange(s.data()).readOutlookCsv(sample("outlook-com.csv"), null);
            Contact maria = web.contacts().get(0);
            assertThat(List.of(maria.name(), maria.role(), maria.email(), maria.phone()))
                    .containsExactly("Maria Rossi", "Managing Director", "maria.rossi@vela.example", "+39 02 1234 5678");
            assertThat(web.newClients()).extracting(Client::name).containsExactly("Vela Consulting");
        }
    }

    @Test
    void linkedInSkipsThePreambleAndKeepsTheFirstMetDate() {
        try (JournalSession s = JournalSession.open(dir.resolve("j.rapport"), CLOCK)) {
            ContactImport.Plan plan = new DataExchange(s.data()).readLinkedInCsv(sample("linkedin-connections.csv"), null);
            assertThat(plan.contacts()).extracting(Contact::name).containsExactly("Priya Natarajan", "Tomás Ferreira");
            assertThat(plan.contacts().get(0).notes())
                    .isEqualTo("First met (connected on LinkedIn): 2024-03-12. LinkedIn: https://www.linkedin.com/in/priya-natarajan-0a1b2c");
            assertThat(plan.contacts().get(1).role()).isEqualTo("Chief Risk Officer");
            assertThat(plan.newClients()).extracting(Client::name).containsExactly("Helios Energy", "Atlântico Seguros");
        }
    }

    @Test
    void damagedFilesNameTheLineAndStoreNothing() {
        try (JournalSession s = JournalSession.open(dir.resolve("j.rapport"), CLOCK)) {
            assertThatThrownBy(() -> new DataExchange(s.data()).readLinkedInCsv(text("Notes:\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                    + "Ann,Lee,,,Acme,CTO,31 Foo 2024\n"), null))
                    .hasMessage(I18n.t("imports.field", I18n.t("data.where.line", "4"), "Connected On",
                            I18n.t("data.tool.badConnectedOn", "31 Foo 2024")));
            assertThatThrownBy(() -> new DataExchange(s.data()).readLinkedInCsv(text("Name,Email\nAnn,a@b.example\n"), null))
                    .hasMessage(I18n.t("data.tool.notLinkedIn"));
            assertThatThrownBy(() -> new DataExchange(s.data()).readGoogleCsv(text("First Name,Last Name,E-mail 1 - Value,Organization Name\n"
                    + "Ann,Lee,ann@acme.example,Acme\nBo,Chen,bo@@x,Acme\n"), null))
                    .hasMessageStartingWith(I18n.t("imports.field", I18n.t("data.where.line", "3"), "email", ""));
            assertThatThrownBy(() -> new DataExchange(s.data()).readOutlookCsv(text("Company,E-mail Address\nAcme,a@b.example\n"), null))
                    .hasMessage(I18n.t("data.tool.noColumn", "first name", "Outlook"));
            assertThat(s.contacts().count()).isZero();
            assertThat(s.clients().count()).isZero();
        }
    }
}
