package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.RapportException;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "passphrase", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Change an encrypted journal's passphrase: it is sealed again in place with a new salt.",
                "Current passphrase from RAPPORT_PASSPHRASE, new one from RAPPORT_NEW_PASSPHRASE, else both asked at the terminal."})
final class PassphraseCommand implements Callable<Integer> {
    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path journal = journalOption.journal();
        if (!JournalSession.isEncrypted(journal)) {
            throw new RapportException(I18n.t("cli.passphrase.notEncrypted", journal.getFileName().toString()));
        }
        try (JournalSession session = journalOption.openForWriting()) {
            char[] fresh = Passphrases.fresh();
            try {
                session.changePassphrase(fresh);
            } finally {
                Passphrases.clear(fresh);
            }
        }
        spec.commandLine().getOut().println(I18n.t("cli.passphrase.done", journal.toString()));
        return 0;
    }
}
