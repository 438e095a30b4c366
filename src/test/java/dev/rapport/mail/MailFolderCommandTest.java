package dev.rapport.mail;

import dev.rapport.cli.RapportCommand;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rapport import mail} on an mbox file and on a Maildir: detected, same flags, and a second run changes nothing. */
class MailFolderCommandTest {
    @TempDir
    Path dir;

    private JsonNode json(String... args) throws Exception {
        StringWriter o = new StringWriter();
        int code = RapportCommand.run(args, (journal, d) -> { }, new PrintWriter(o, true), new PrintWriter(new StringWriter(), true));
        assertThat(code).as(o.toString()).isZero();
        return new ObjectMapper().readTree(o.toString());
    }

    @Test
    void anMboxAndAMaildirAreReadAndReadingAgainChangesNothing() throws Exception {
        I18n.use(Language.ENGLISH);
        new MailFixture(dir).session.close();
        String journal = dir.resolve("journal.rapport").toString();
        Path corpus = MailFixture.corpus(dir);
        Path mbox = MailFoldersTest.inbox(dir);
        Path maildir = dir.resolve("Maildir");
        Files.createDirectories(maildir.resolve("cur"));
        Files.createDirectories(maildir.resolve("new"));
        Files.createDirectories(maildir.resolve("tmp"));
        Files.copy(corpus.resolve("t21-01-first.eml"), maildir.resolve("new").resolve("1.M1.host"));
        Files.copy(corpus.resolve("t21-02-reply.eml"), maildir.resolve("cur").resolve("2.M2.host:2,S"));

        JsonNode dry = json("import", "mail", mbox.toString(), maildir.toString(), "--journal", journal, "--dry-run", "--json");
        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(dry.get("imported").asInt()).isEqualTo(21);

        JsonNode first = json("import", "mail", mbox.toString(), maildir.toString(), "--journal", journal, "--json", "--no-requests");
        assertThat(first.get("files").asInt()).isEqualTo(22);
        assertThat(first.get("imported").asInt()).isEqualTo(21);
        assertThat(first.get("unmatched").asInt()).isEqualTo(1);
        assertThat(first.get("refused").asInt()).isZero();
        assertThat(first.get("requestsProposed").asInt()).isPositive();

        JsonNode again = json("import", "mail", mbox.toString(), maildir.toString(), "--journal", journal, "--json", "--no-requests");
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("alreadyImported").asInt()).isEqualTo(21);
        assertThat(again.get("requestsProposed").asInt()).isZero();
    }
}
