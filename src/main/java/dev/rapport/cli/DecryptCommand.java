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

@Command(name = "decrypt", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Turn an encrypted journal back into a plain one in place (passphrase from RAPPORT_PASSPHRASE or the terminal).",
                "The encrypted file is replaced only once the plain one is complete and checked."})
final class DecryptCommand implements Callable<Integer> {
    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path journal = journalOption.journal();
        if (!JournalSession.isEncrypted(journal)) {
            throw new RapportException(I18n.t("cli.decrypt.notEncrypted", journal.getFileName().toString()));
        }
        PrintWriter out = spec.commandLine().getOut();
        char[] passphrase = Passphrases.current(journal);
        try {
            EncryptionService.decrypt(journal, passphrase, EncryptCommand.progress(out));
        } finally {
            Passphrases.clear(passphrase);
        }
        out.println(I18n.t("cli.decrypt.done", journal.toString()));
        out.flush();
        return 0;
    }
}
