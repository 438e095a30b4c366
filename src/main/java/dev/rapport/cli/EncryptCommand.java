package dev.rapport.cli;

import dev.rapport.i18n.I18n;
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
            throw new RapportException(I18n.t("cli.encrypt.already", journal.getFileName().toString()));
        }
        PrintWriter out = spec.commandLine().getOut();
        char[] passphrase = Passphrases.fresh();
        try {
            EncryptionService.encrypt(journal, passphrase, progress(out));
        } finally {
            Passphrases.clear(passphrase);
        }
        out.println(I18n.t("cli.encrypt.done", journal.toString()));
        long plain = EncryptionService.plainBackups(journal);
        if (plain > 0) {
            out.println(I18n.plural("cli.encrypt.plainBackups", plain));
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
