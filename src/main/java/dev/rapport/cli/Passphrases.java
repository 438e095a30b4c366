package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.model.RapportException;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Where a command gets a passphrase: the environment variable, else typed at the terminal
 * without echo, else a one-line refusal. Passphrases are never printed, logged or stored.
 */
final class Passphrases {
    static final String CURRENT = "RAPPORT_PASSPHRASE";
    static final String NEW = "RAPPORT_NEW_PASSPHRASE";

    /** Reads a line without echo; null when there is no terminal. */
    @FunctionalInterface
    interface Terminal {
        char[] readPassword(String prompt);
    }

    /** Replaced by tests. */
    static Function<String, String> environment = System::getenv;
    static Terminal terminal = prompt -> {
        Console console = System.console();
        return console == null ? null : console.readPassword("%s", prompt);
    };

    private Passphrases() {
    }

    /** The passphrase of an existing encrypted file. */
    static char[] current(Path file) {
        String fromEnvironment = environment.apply(CURRENT);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        char[] typed = terminal.readPassword(I18n.t("cli.passphrases.prompt", file.getFileName().toString()) + " ");
        if (typed == null) {
            throw new RapportException(I18n.t("cli.passphrases.needed", file.getFileName().toString(), CURRENT));
        }
        return typed;
    }

    /** A new passphrase: from the environment, or typed twice. */
    static char[] fresh() {
        String fromEnvironment = environment.apply(NEW);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        char[] first = terminal.readPassword(I18n.t("cli.passphrases.newPrompt") + " ");
        if (first == null) {
            throw new RapportException(I18n.t("cli.passphrases.newNeeded", NEW));
        }
        char[] second = terminal.readPassword(I18n.t("cli.passphrases.again") + " ");
        try {
            if (second == null || !Arrays.equals(first, second)) {
                Arrays.fill(first, '\0');
                throw new RapportException(I18n.t("cli.passphrases.differ"));
            }
            return first;
        } finally {
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }

    static void clear(char[] passphrase) {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }
}
