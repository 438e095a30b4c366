package dev.rapport.cli;

import dev.rapport.export.mail.ImapMail;
import dev.rapport.export.mail.MailPasswords;
import dev.rapport.export.mail.MailServerException;
import dev.rapport.export.mail.MailServerImport;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.MailServer;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * {@code rapport import mail --imap HOST[:PORT] --user U [--folder F…] [--starttls]}: the mail
 * server read once, read-only, with the same report as mail files. The password comes from
 * {@code RAPPORT_IMAP_PASSWORD}, else the OS keyring where the app kept it, else typed without
 * echo; it is never printed, logged or stored.
 */
final class MailServerRead {
    static final String PASSWORD = "RAPPORT_IMAP_PASSWORD";
    /** Replaced by tests, which trust their own server's certificate. */
    static Supplier<ImapMail> reader = ImapMail::verifying;
    static Supplier<MailPasswords> passwords = MailPasswords::forThisComputer;

    private final JournalSession session;
    private final PrintWriter out;

    MailServerRead(JournalSession session, PrintWriter out) {
        this.session = session;
        this.out = out;
    }

    int run(MailServer server, boolean acceptRequests, boolean dryRun, boolean json) {
        char[] password = password(server);
        try {
            MailServerImport.Checked checked = new MailServerImport(session, reader.get()).read(server, password, acceptRequests, dryRun);
            if (!json) {
                out.println(I18n.t("mailServer.cli.folders", String.join(", ", checked.folders())));
            }
            return new MailImport(session, out).print(checked.report(), json);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] password(MailServer server) {
        String fromEnvironment = Passphrases.environment.apply(PASSWORD);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        MailPasswords kept = passwords.get();
        if (kept.lasting()) {
            var found = kept.find(server);
            if (found.isPresent()) {
                return found.get();
            }
        }
        char[] typed = Passphrases.terminal.readPassword(I18n.t("mailServer.cli.prompt", server.user(), server.host()) + " ");
        if (typed == null || typed.length == 0) {
            throw MailServerException.noPassword(server);
        }
        return typed;
    }
}
