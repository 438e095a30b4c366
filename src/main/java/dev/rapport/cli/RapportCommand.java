package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.LanguageChoice;

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
                RestoreCommand.class, EncryptCommand.class, DecryptCommand.class, PassphraseCommand.class, HealthCommand.class, BriefCommand.class, SummaryCommand.class, ReviewCommand.class, AsksCommand.class, BenchCommand.class,
                ExportCommand.class, ImportCommand.class, DuplicatesCommand.class, CheckCommand.class, LogCommand.class,
                CalendarCommand.class, SyncCommand.class},
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
        LanguageChoice.useForScreens(I18n.language());
        desktop.start(spec.commandLine().getParseResult().hasMatchedOption("--journal") ? journalOption.journal() : null, demo);
        return 0;
    }

    /**
     * Runs the command line and returns the exit code, in the language of {@code RAPPORT_LANG},
     * else the one chosen in the app's Settings, else the system's.
     */
    public static int run(String[] args, DesktopStarter desktop, PrintWriter out, PrintWriter err) {
        dev.rapport.logic.sync.SyncWiring.useFolderUnlessSet();
        return run(args, desktop, out, err, System.getenv(LanguageChoice.ENV));
    }

    /** As {@link #run(String[], DesktopStarter, PrintWriter, PrintWriter)} with RAPPORT_LANG given (tests). */
    static int run(String[] args, DesktopStarter desktop, PrintWriter out, PrintWriter err, String languageCode) {
        I18n.use(LanguageChoice.effective(languageCode));
        CommandLine cli = new CommandLine(new RapportCommand(desktop));
        HelpTexts.install(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setExecutionStrategy(parsed -> {
            RootJournal.carryDown(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("rapport: " + ErrorHandler.explain(ex));
            err.println(I18n.t("cli.error.seeHelp"));
            err.flush();
            return 2;
        });
        int code = ErrorHandler.guard(() -> cli.execute(args), err);
        int leftOut = leftOut(cli);
        if (leftOut > 0) {
            err.println(I18n.plural("cli.leftOut", leftOut));
            err.flush();
        }
        return code;
    }

    /** What the command that ran left out of its lists and figures (rows breaking the domain's rules). */
    private static int leftOut(CommandLine cli) {
        CommandLine.ParseResult result = cli.getParseResult();
        if (result == null) {
            return 0;
        }
        while (result.hasSubcommand()) {
            result = result.subcommand();
        }
        if (result.commandSpec().userObject() instanceof CheckCommand) {
            return 0; // it names the rows itself
        }
        Object mixin = result.commandSpec().mixins().containsKey("journalOption")
                ? result.commandSpec().mixins().get("journalOption").userObject() : null;
        return mixin instanceof JournalOption option ? option.leftOut() : 0;
    }
}
