package dev.rapport.mail;

import dev.rapport.cli.RapportCommand;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rapport import mail FILE|FOLDER… [--dry-run] [--json] [--no-requests]}. */
class MailImportCommandTest {
    @TempDir
    Path dir;

    private String out;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = RapportCommand.run(args, (journal, d) -> { }, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        return code;
    }

    @Test
    void importsAFolderReportingEachFileAndTheBatch() throws Exception {
        I18n.use(Language.ENGLISH);
        Path journal = dir.resolve("journal.rapport");
        new MailFixture(dir).session.close();
        Path corpus = MailFixture.corpus(dir);
        String j = journal.toString();

        assertThat(run("import", "mail", corpus.toString(), "--journal", j, "--dry-run", "--json")).isEqualTo(1);
        JsonNode dry = new ObjectMapper().readTree(out);
        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(dry.get("imported").asInt()).isEqualTo(46);

        assertThat(run("import", "mail", corpus.toString(), "--journal", j, "--json", "--no-requests")).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(out);
        assertThat(doc.get("files").asInt()).isEqualTo(50);
        assertThat(doc.get("imported").asInt()).isEqualTo(46);
        assertThat(doc.get("refused").asInt()).isEqualTo(1);
        assertThat(doc.get("requestsProposed").asInt()).isEqualTo(17);
        assertThat(doc.get("errors").get(0).get("file").asText()).isEqualTo("t09-01-broken-mime.eml");
        assertThat(doc.get("newPeopleOffered").get(0).get("email").asText()).isEqualTo("peter.ost@northwind.example");
        assertThat(doc.get("unmatchedList").get(0).get("file").asText()).isEqualTo("t13-01-unmatched.eml");

        // Again without --no-requests: nothing new is imported, the proposals are accepted.
        assertThat(run("import", "mail", corpus.toString(), "--journal", j)).isEqualTo(1);
        assertThat(out).contains(I18n.t("mail.error.line", "t09-01-broken-mime.eml", I18n.t("mail.reason.brokenMime")))
                .contains(I18n.t("mail.error.line", "t01-01-request.eml", I18n.t("mail.report.already")) + " · "
                        + I18n.plural("mail.report.requestAccepted", 2));
        String summary = out.strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(summary).isEqualTo(I18n.t("mail.report.summary", I18n.plural("mail.count.files", 50),
                I18n.plural("mail.count.imported", 0), "46", "1", "2", "1", "17", "0", "0"));

        // One good file: exit 0, and a stranger at a client's domain is offered as a new person.
        assertThat(run("import", "mail", corpus.resolve("t01-01-request.eml").toString(), "--journal", j)).isZero();
        Path fresh = dir.resolve("fresh");
        java.nio.file.Files.createDirectories(fresh);
        new MailFixture(fresh).session.close();
        assertThat(run("import", "mail", corpus.resolve("t12-01-new-person.eml").toString(), "--journal",
                fresh.resolve("journal.rapport").toString())).isZero();
        assertThat(out).contains(I18n.t("mail.report.offer", "Peter Ost <peter.ost@northwind.example>", "Northwind Logistics"));
    }

    @Test
    void otherFormatsStillReadOneFile() {
        I18n.use(Language.ENGLISH);
        StringWriter e = new StringWriter();
        int code = RapportCommand.run(new String[]{"import", "vcf", "a.vcf", "b.vcf", "--journal", dir.resolve("j.rapport").toString()},
                (journal, d) -> { }, new PrintWriter(new StringWriter(), true), new PrintWriter(e, true));
        assertThat(code).isNotZero();
        assertThat(e.toString()).contains(I18n.t("cli.import.oneFile"));
    }
}
