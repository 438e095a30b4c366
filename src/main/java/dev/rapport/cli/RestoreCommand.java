package dev.rapport.cli;

import dev.rapport.logic.BackupService;
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
    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    Path backup;

    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        JournalStats holds = BackupService.preview(backup);
        Path aside = BackupService.restore(journalOption.journal(), backup, Clock.systemDefaultZone());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Restored %s from %s: %d clients, %d contacts, %d entries.%n", journalOption.journal(), backup,
                holds.clients(), holds.contacts(), holds.entries());
        out.println("The journal as it was is kept at " + aside);
        return 0;
    }
}
