package dev.rapport.mail;

import dev.rapport.export.mail.MailFolderCheck;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.MailIntake;
import dev.rapport.model.JournalSettings;
import dev.rapport.model.ValidationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mail folders chosen in the journal's settings, read on start and on Check now. */
class MailFolderCheckTest {
    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        I18n.use(Language.ENGLISH);
    }

    @Test
    void theChosenFoldersAreKeptInTheJournalSettings() {
        MailFixture f = new MailFixture(dir);
        try (f.session) {
            assertThat(f.session.settings().current().mailFolders()).isEmpty();
            f.session.settings().update(s -> s.withMailFolders(List.of(" /mail/Inbox ", "", "/mail/Maildir", "/mail/Inbox")));
            assertThat(f.session.settings().current().mailFolders()).containsExactly("/mail/Inbox", "/mail/Maildir");
            f.session.settings().update(s -> s.withMailFolders(List.of("/mail/Maildir")));
            assertThat(f.session.settings().current().mailFolders()).containsExactly("/mail/Maildir");
            List<String> many = new ArrayList<>();
            for (int i = 0; i <= JournalSettings.MAX_MAIL_FOLDERS; i++) {
                many.add("/mail/" + i);
            }
            assertThatThrownBy(() -> f.session.settings().update(s -> s.withMailFolders(many)))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage(I18n.t("mailFolders.error.tooMany", Integer.toString(JournalSettings.MAX_MAIL_FOLDERS)));
            assertThat(f.session.settings().current().mailFolders()).containsExactly("/mail/Maildir");
        }
    }

    @Test
    void aCheckReadsNewMailOnlyAndPassesOverAnUnchangedFolder() throws IOException {
        Path corpus = MailFixture.corpus(dir);
        Path profile = Files.createDirectories(dir.resolve("profile"));
        Path inbox = profile.resolve("Inbox");
        Files.write(inbox, MailFoldersTest.mbox(corpus, "t01-01-request", "t01-02-ack", "t02-01-samata"));
        MailFixture f = new MailFixture(dir);
        try (f.session) {
            String missing = dir.resolve("unplugged").toString();
            f.session.settings().update(s -> s.withMailFolders(List.of(profile.toString(), missing)));
            MailFolderCheck check = new MailFolderCheck(f.session);

            MailFolderCheck.Checked first = check.run((d, t, s) -> { }, () -> false);
            assertThat(first.imported()).isEqualTo(3);
            assertThat(first.foldersRead()).isEqualTo(1);
            assertThat(first.report().failures()).extracting(r -> r.message())
                    .containsExactly(I18n.t("mail.error.line", missing, I18n.t("mailFolders.reason.missing")));

            MailFolderCheck.Checked second = check.run((d, t, s) -> { }, () -> false);
            assertThat(second.foldersUnchanged()).isEqualTo(1);
            assertThat(second.foldersRead()).isZero();
            assertThat(second.report().outcomes()).isEmpty();

            // Thunderbird appends a message: the folder is read again, only the new message comes in.
            Files.write(inbox, MailFoldersTest.mbox(corpus, "t02-02-reply"), StandardOpenOption.APPEND);
            MailFolderCheck.Checked third = check.run((d, t, s) -> { }, () -> false);
            assertThat(third.foldersRead()).isEqualTo(1);
            assertThat(third.imported()).isEqualTo(1);
            assertThat(third.report().count(MailIntake.Status.ALREADY_IMPORTED)).isEqualTo(3);
        }
    }

    @Test
    void aCancelledCheckReadsTheFolderAgainNextTime() throws IOException {
        Path corpus = MailFixture.corpus(dir);
        Path inbox = dir.resolve("Inbox");
        Files.write(inbox, MailFoldersTest.mbox(corpus, "t01-01-request", "t01-02-ack"));
        MailFixture f = new MailFixture(dir);
        try (f.session) {
            f.session.settings().update(s -> s.withMailFolders(List.of(inbox.toString())));
            MailFolderCheck.Checked cancelled = new MailFolderCheck(f.session).run((d, t, s) -> { }, () -> true);
            assertThat(cancelled.cancelled()).isTrue();
            assertThat(cancelled.imported()).isZero();
            MailFolderCheck.Checked next = new MailFolderCheck(f.session).run((d, t, s) -> { }, () -> false);
            assertThat(next.foldersUnchanged()).isZero();
            assertThat(next.imported()).isEqualTo(2);
        }
    }
}
