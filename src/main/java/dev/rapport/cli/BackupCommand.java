package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Write a checked copy of the journal (default: into the backups folder beside it).")
final class BackupCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the backup.")
    Path out;

    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (JournalSession session = journalOption.openForWriting()) {
            Path written = session.backups().backupNow(out);
            spec.commandLine().getOut().println(I18n.t("cli.backup.written", written.toString()));
        }
        return 0;
    }
}
