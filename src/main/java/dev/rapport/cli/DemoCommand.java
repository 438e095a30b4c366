package dev.rapport.cli;

import dev.rapport.logic.DemoJournal;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.RapportException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Version.class, description = "Write a new journal filled with realistic demo data.")
final class DemoCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The new journal file; it must not exist yet.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(file) && Files.size(file) > 0) {
            throw new RapportException(file + " already exists; choose a new file name for the demo journal.");
        }
        try (JournalSession session = JournalSession.open(file)) {
            DemoJournal.fill(session);
            var stats = session.stats().journal();
            spec.commandLine().getOut().printf("Wrote the demo journal %s: %d clients, %d contacts, %d entries.%n",
                    session.file(), stats.clients(), stats.contacts(), stats.entries());
        }
        return 0;
    }
}
