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

    /** The sessions this command opened, so the command line can say what their reads left out. */
    private final java.util.List<JournalSession> opened = new java.util.ArrayList<>();

    Path journal() {
        return journal;
    }

    /** Rows breaking the domain's rules that this command's reads left out. */
    int leftOut() {
        return opened.stream().mapToInt(JournalSession::leftOut).sum();
    }

    private JournalSession remember(JournalSession session) {
        opened.add(session);
        return session;
    }

    JournalSession openForReading() {
        if (JournalSession.isEncrypted(journal)) {
            char[] passphrase = Passphrases.current(journal);
            try {
                return remember(JournalSession.openEncryptedReadOnly(journal, passphrase));
            } finally {
                Passphrases.clear(passphrase);
            }
        }
        return remember(JournalSession.openReadOnly(journal));
    }

    /** Opens for writing with the passphrase already read (an encrypted journal's), or as {@link #openForWriting()} when null. */
    JournalSession openForWriting(char[] passphrase) {
        return passphrase == null ? openForWriting() : remember(JournalSession.openEncrypted(journal, passphrase));
    }

    JournalSession openForWriting() {
        if (JournalSession.isEncrypted(journal)) {
            char[] passphrase = Passphrases.current(journal);
            try {
                return remember(JournalSession.openEncrypted(journal, passphrase));
            } finally {
                Passphrases.clear(passphrase);
            }
        }
        JournalSession session = remember(JournalSession.open(journal));
        if (session.readOnlyNotice() != null && mixee != null) {
            mixee.commandLine().getErr().println("rapport: " + session.readOnlyNotice());
        }
        return session;
    }
}
