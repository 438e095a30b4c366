package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.tools.demo.DemoJournal;
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
    @Parameters(paramLabel = "FILE", descriptionKey = "file", description = "The new journal file; it must not exist yet.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(file) && Files.size(file) > 0) {
            throw new RapportException(I18n.t("cli.demo.exists", file.toString()));
        }
        DemoJournal.writeNew(file);
        try (JournalSession session = JournalSession.openReadOnly(file)) {
            var stats = session.stats().journal();
            spec.commandLine().getOut().println(I18n.t("cli.demo.wrote", session.file().toString(), stats.clients(), stats.contacts(),
                    stats.entries()));
        }
        return 0;
    }
}
