package dev.rapport.cli;

import dev.rapport.logic.EncryptionService;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.RapportException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "encrypt", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Encrypt the journal in place under a passphrase (AES-256-GCM, key from Argon2id).",
                "The new passphrase comes from RAPPORT_NEW_PASSPHRASE, else it is asked twice at the terminal.",
                "The plain file is replaced only once the encrypted one is complete and checked."})
final class EncryptCommand implements Callable<Integer> {
    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path journal = journalOption.journal();
        if (JournalSession.isEncrypted(journal)) {
            throw new RapportException("The journal " + journal.getFileName() + " is already encrypted.");
        }
        PrintWriter out = spec.commandLine().getOut();
        char[] passphrase = Passphrases.fresh();
        try {
            EncryptionService.encrypt(journal, passphrase, progress(out));
        } finally {
            Passphrases.clear(passphrase);
        }
        out.println("Encrypted " + journal + ". Without the passphrase it cannot be opened: keep it safe.");
        long plain = EncryptionService.plainBackups(journal);
        if (plain > 0) {
            out.println(plain + " older backup(s) in the backups folder beside it are not encrypted;"
                    + " delete them if they must not be readable.");
        }
        out.flush();
        return 0;
    }

    static EncryptionService.Progress progress(PrintWriter out) {
        return (step, fraction) -> {
            out.printf("%4.0f%%  %s%n", fraction * 100, step);
            out.flush();
        };
    }
}
