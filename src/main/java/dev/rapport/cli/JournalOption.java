package dev.rapport.cli;

import dev.rapport.logic.JournalLocation;
import dev.rapport.logic.JournalSession;

import java.nio.file.Path;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** --journal and --debug, taken by every command. */
public final class JournalOption {
    @Option(names = "--journal", paramLabel = "FILE",
            description = "The journal file (default: ${DEFAULT-VALUE}).")
    Path journal = JournalLocation.defaultJournal();

    @Option(names = "--debug", description = "Print the full detail of an error.")
    boolean debug;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    Path journal() {
        return journal;
    }

    JournalSession openForReading() {
        if (JournalSession.isEncrypted(journal)) {
            char[] passphrase = Passphrases.current(journal);
            try {
                return JournalSession.openEncryptedReadOnly(journal, passphrase);
            } finally {
                Passphrases.clear(passphrase);
            }
        }
        return JournalSession.openReadOnly(journal);
    }

    JournalSession openForWriting() {
        if (JournalSession.isEncrypted(journal)) {
            char[] passphrase = Passphrases.current(journal);
            try {
                return JournalSession.openEncrypted(journal, passphrase);
            } finally {
                Passphrases.clear(passphrase);
            }
        }
        JournalSession session = JournalSession.open(journal);
        if (session.readOnlyNotice() != null && mixee != null) {
            mixee.commandLine().getErr().println("rapport: " + session.readOnlyNotice());
        }
        return session;
    }
}
