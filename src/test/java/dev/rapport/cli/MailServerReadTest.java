package dev.rapport.cli;

import dev.rapport.export.mail.ImapMail;
import dev.rapport.export.mail.MailPasswords;
import dev.rapport.export.mail.TestImapServer;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rapport import mail --imap HOST[:PORT] --user U [--folder F…] [--dry-run] [--json]} against a real IMAP server. */
class MailServerReadTest {
    @TempDir
    static Path certificates;
    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();
    private final Deque<String> typed = new ArrayDeque<>();
    private final java.util.List<String> prompts = new java.util.ArrayList<>();
    private TestImapServer server;
    private String journal;
    private String out;
    private String err;

    @BeforeEach
    void start() throws Exception {
        I18n.use(Language.ENGLISH);
        server = TestImapServer.imaps(certificates);
        server.mailbox();
        MailServerRead.reader = () -> new ImapMail(TestImapServer.trust());
        MailServerRead.passwords = MailPasswords::inMemory;
        Passphrases.environment = env::get;
        Passphrases.terminal = prompt -> {
            prompts.add(prompt);
            return typed.isEmpty() ? null : typed.pop().toCharArray();
        };
        Path file = dir.resolve("journal.rapport");
        try (JournalSession session = JournalSession.open(file)) {
            Client northwind = session.clients().save(Client.create("Northwind Logistics"));
            session.contacts().save(new Contact(0, northwind.id(), "Ilona Kask", "", "ilona.kask@northwind.example", "", null, "", "",
                    false));
        }
        journal = file.toString();
    }

    @AfterEach
    void stop() {
        server.close();
        MailServerRead.reader = ImapMail::verifying;
        MailServerRead.passwords = MailPasswords::forThisComputer;
        Passphrases.environment = System::getenv;
        Passphrases.terminal = prompt -> System.console() == null ? null : System.console().readPassword("%s", prompt);
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = RapportCommand.run(args, (j, d) -> { }, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        return code;
    }

    private String address() {
        return "127.0.0.1:" + server.port();
    }

    @Test
    void readsTheServerWithThePasswordFromTheEnvironmentAndOnlyOnce() throws Exception {
        env.put("RAPPORT_IMAP_PASSWORD", TestImapServer.PASSWORD);

        assertThat(run("import", "mail", "--imap", address(), "--user", TestImapServer.USER, "--journal", journal, "--dry-run", "--json"))
                .isZero();
        assertThat(new ObjectMapper().readTree(out).get("imported").asInt()).isEqualTo(2);

        assertThat(run("import", "mail", "--imap", address(), "--user", TestImapServer.USER, "--journal", journal, "--json")).isZero();
        JsonNode doc = new ObjectMapper().readTree(out);
        assertThat(doc.get("imported").asInt()).isEqualTo(2);
        assertThat(doc.get("requestsAccepted").asInt()).isEqualTo(1);
        assertThat(doc.get("repliesTimed").asInt()).isEqualTo(1);

        assertThat(run("import", "mail", "--imap", address(), "--user", TestImapServer.USER, "--journal", journal)).isZero();
        assertThat(out).contains(I18n.t("mailServer.cli.folders", "INBOX, Sent"));
        assertThat(out.strip().lines().reduce((a, b) -> b).orElseThrow()).contains(I18n.plural("mail.count.imported", 0));
        assertThat(prompts).isEmpty();
        assertThat(out + err).doesNotContain(TestImapServer.PASSWORD);
    }

    @Test
    void asksThePasswordAtTheTerminalAndSaysAWrongOnePlainly() {
        typed.push("wrong-password");
        assertThat(run("import", "mail", "--imap", address(), "--user", TestImapServer.USER, "--folder", "INBOX", "--journal", journal))
                .isNotZero();
        assertThat(prompts).containsExactly(I18n.t("mailServer.cli.prompt", TestImapServer.USER, "127.0.0.1") + " ");
        assertThat(err).contains(I18n.t("mailServer.error.login", TestImapServer.USER, "127.0.0.1"));

        assertThat(run("import", "mail", "--imap", address(), "--user", TestImapServer.USER, "--journal", journal)).isNotZero();
        assertThat(err).contains(I18n.t("mailServer.error.noPassword", TestImapServer.USER, "127.0.0.1"));
    }

    @Test
    void filesAndAServerAreNotMixed() {
        assertThat(run("import", "mail", "a.eml", "--imap", address(), "--user", "u", "--journal", journal)).isNotZero();
        assertThat(err).contains(I18n.t("mailServer.cli.filesOrServer"));
        assertThat(run("import", "mail", "--journal", journal)).isNotZero();
        assertThat(err).contains(I18n.t("mailServer.cli.fileNeeded"));
        assertThat(run("import", "mail", "--imap", "127.0.0.1:http", "--user", "u", "--journal", journal)).isNotZero();
        assertThat(err).contains(I18n.t("mailServer.validation.port", "http"));
    }
}
