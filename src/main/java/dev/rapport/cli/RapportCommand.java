package dev.rapport.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rapport", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Rapport, an offline relationship journal for consultants. With no command, starts the desktop app.",
        subcommands = {DemoCommand.class, SearchCommand.class, StatsCommand.class, TodayCommand.class, BackupCommand.class,
                RestoreCommand.class, EncryptCommand.class, DecryptCommand.class, PassphraseCommand.class, HealthCommand.class, BriefCommand.class, SummaryCommand.class, BenchCommand.class,
                ExportCommand.class, ImportCommand.class, DuplicatesCommand.class},
        footer = {"", "Run 'rapport COMMAND --help' for a command's options."})
public final class RapportCommand implements Callable<Integer> {
    @Mixin
    JournalOption journalOption;

    @Option(names = "--demo", description = "Start the app on a throw-away journal filled with demo data.")
    boolean demo;

    @Spec
    CommandSpec spec;

    private final DesktopStarter desktop;

    RapportCommand(DesktopStarter desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        desktop.start(spec.commandLine().getParseResult().hasMatchedOption("--journal") ? journalOption.journal() : null, demo);
        return 0;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args, DesktopStarter desktop, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new RapportCommand(desktop));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("rapport: " + ex.getMessage());
            err.println("Run 'rapport --help' for usage.");
            err.flush();
            return 2;
        });
        return cli.execute(args);
    }
}
