package dev.rapport.cli;

import dev.rapport.i18n.I18n;

import java.nio.file.Path;
import java.util.Objects;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * {@code rapport --journal FILE COMMAND}: the journal given before the command is the command's
 * journal, as if given after it. A command that uses no journal refuses it, and two different
 * files (before and after the command) are refused, so no command silently reads the default journal.
 */
final class RootJournal {
    private static final String JOURNAL = "--journal";

    private RootJournal() {
    }

    /** Hands the root's --journal to the command about to run; throws if it cannot take it. */
    static void carryDown(ParseResult root) {
        ParseResult command = root.subcommand();
        if (command == null || !root.hasMatchedOption(JOURNAL)) {
            return;
        }
        Path given = root.matchedOptionValue(JOURNAL, null);
        // the deepest command that was given is the one that runs
        while (command.subcommand() != null) {
            command = command.subcommand();
        }
        JournalOption option = journalOption(command.commandSpec());
        if (option == null) {
            throw new ParameterException(command.commandSpec().commandLine(),
                    I18n.t("cli.error.journalNotUsed", command.commandSpec().qualifiedName()));
        }
        if (command.hasMatchedOption(JOURNAL) && !Objects.equals(normal(option.journal()), normal(given))) {
            throw new ParameterException(command.commandSpec().commandLine(),
                    I18n.t("cli.error.journalTwice", given.toString(), option.journal().toString()));
        }
        option.journal = given;
    }

    private static JournalOption journalOption(CommandSpec spec) {
        for (CommandSpec mixin : spec.mixins().values()) {
            if (mixin.userObject() instanceof JournalOption option) {
                return option;
            }
        }
        return null;
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
