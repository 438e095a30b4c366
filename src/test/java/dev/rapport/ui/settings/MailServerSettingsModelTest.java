package dev.rapport.ui.settings;

import dev.rapport.export.mail.ImapMail;
import dev.rapport.export.mail.MailPasswords;
import dev.rapport.export.mail.TestImapServer;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.MailServer;
import dev.rapport.ui.common.Background;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings → Mail server as a person uses it: fill in, save, check now, a wrong password, forget. */
class MailServerSettingsModelTest {
    @TempDir
    static Path certificates;
    @TempDir
    Path dir;

    private TestImapServer server;
    private JournalSession session;
    private MailPasswords passwords;
    private MailServerSettingsModel model;

    @BeforeEach
    void start() throws Exception {
        I18n.use(Language.ENGLISH);
        server = TestImapServer.imaps(certificates);
        server.mailbox();
        session = JournalSession.open(dir.resolve("journal.rapport"));
        Client northwind = session.clients().save(Client.create("Northwind Logistics"));
        session.contacts().save(new Contact(0, northwind.id(), "Ilona Kask", "", "ilona.kask@northwind.example", "", null, "", "", false));
        passwords = MailPasswords.inMemory();
        model = fresh();
    }

    private MailServerSettingsModel fresh() {
        MailServerSettingsModel m = new MailServerSettingsModel(session, Background.direct(), () -> passwords,
                () -> new ImapMail(TestImapServer.trust()));
        m.load();
        return m;
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        server.close();
    }

    private void fillIn() {
        model.hostProperty().set("127.0.0.1");
        model.portProperty().set(Integer.toString(server.port()));
        model.userProperty().set(TestImapServer.USER);
    }

    @Test
    void savesTheServerButNeverThePasswordAndChecksItNow() throws Exception {
        assertThat(model.keptProperty().get()).isEqualTo(I18n.t("mailServer.settings.memory"));
        fillIn();
        model.foldersProperty().set("INBOX, Sent");
        char[] typed = TestImapServer.PASSWORD.toCharArray();
        boolean[] saved = new boolean[1];
        assertThat(model.save(typed, () -> saved[0] = true)).as("handed over").isTrue();
        assertThat(saved[0]).isTrue();
        assertThat(typed).as("the typed password is cleared once kept").containsOnly('\0');
        assertThat(MailServer.read(session.settings()::get)).contains(
                new MailServer("127.0.0.1", server.port(), TestImapServer.USER, List.of("INBOX", "Sent"), false));

        // The password typed once is kept for the session: Check now needs no typing.
        model.check(new char[0]);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.resultProperty().get()).contains(I18n.plural("mail.count.imported", 2));
        assertThat(session.mail().proposals()).hasSize(1);

        // Opened again, the fields come from the journal's settings.
        MailServerSettingsModel again = fresh();
        assertThat(again.hostProperty().get()).isEqualTo("127.0.0.1");
        assertThat(again.foldersProperty().get()).isEqualTo("INBOX, Sent");
        again.check(new char[0]);
        assertThat(again.resultProperty().get()).contains(I18n.plural("mail.count.imported", 0));

        session.close();
        session = null;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).doesNotContain(TestImapServer.PASSWORD);
            }
        }
    }

    @Test
    void aWrongPasswordIsToldAndForgotten() {
        fillIn();
        model.check("not-it".toCharArray());
        assertThat(model.errorProperty().get()).isEqualTo(I18n.t("mailServer.error.login", TestImapServer.USER, "127.0.0.1"));
        assertThat(session.mail().proposals()).isEmpty();

        model.check(new char[0]);
        assertThat(model.errorProperty().get()).isEqualTo(I18n.t("mailServer.error.noPassword", TestImapServer.USER, "127.0.0.1"));
    }

    @Test
    void aFieldThatDoesNotReadIsToldAndNothingIsStored() {
        fillIn();
        model.portProperty().set("nine");
        assertThat(model.save("kept-in-the-field".toCharArray(), () -> { })).as("the field keeps what was typed").isFalse();
        assertThat(model.errorProperty().get()).isEqualTo(I18n.t("mailServer.validation.port", "nine"));
        model.portProperty().set("993");
        model.hostProperty().set("");
        assertThat(model.check(new char[0])).isFalse();
        assertThat(model.errorProperty().get()).isEqualTo(I18n.t("mailServer.validation.host", ""));
        assertThat(session.settings().get(MailServer.HOST)).isEmpty();
        assertThat(passwords.find(new MailServer("127.0.0.1", 993, TestImapServer.USER, List.of(), false))).as("nor kept").isEmpty();
    }

    @Test
    void forgettingThePasswordMeansItIsAskedAgain() {
        fillIn();
        model.save(TestImapServer.PASSWORD.toCharArray(), () -> { });
        boolean[] told = new boolean[1];
        model.forget(() -> told[0] = true);
        assertThat(told[0]).isTrue();
        model.check(new char[0]);
        assertThat(model.errorProperty().get()).isEqualTo(I18n.t("mailServer.error.noPassword", TestImapServer.USER, "127.0.0.1"));
    }
}
