package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.BackupService;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.JournalStats;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Put a backup in the journal's place; the current journal is kept aside, never overwritten.")
final class RestoreCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", descriptionKey = "file", description = "The backup to restore.")
    Path backup;

    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        char[] passphrase = JournalSession.isEncrypted(backup) ? Passphrases.current(backup) : null;
        JournalStats holds;
        Path aside;
        try {
            holds = BackupService.preview(backup, passphrase);
            aside = BackupService.restore(journalOption.journal(), backup, Clock.systemDefaultZone(), passphrase);
        } finally {
            Passphrases.clear(passphrase);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(I18n.t("cli.restore.done", journalOption.journal().toString(), backup.toString(), holds.clients(),
                holds.contacts(), holds.entries()));
        out.println(I18n.t("cli.restore.aside", aside.toString()));
        return 0;
    }
}
