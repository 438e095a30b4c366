package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.model.RapportException;

import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** One clear line on standard error and a non-zero exit; the stack trace only with --debug. */
final class ErrorHandler implements IExecutionExceptionHandler {
    /** "java.io.IOException: " and the like, which wrapping exceptions put before the message. */
    private static final java.util.regex.Pattern CLASS_NAME =
            java.util.regex.Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)(?::\\s*|\\b)");
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        boolean debug = parsed.hasMatchedOption("--debug")
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug"));
        String message = ex instanceof RapportException ? ex.getMessage() : unexpected(ex);
        cmd.getErr().println("rapport: " + message);
        if (debug) {
            ex.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        return 1;
    }

    /** An unexpected failure in words: its message without the class names libraries put in front; the rest is for --debug. */
    static String unexpected(Throwable ex) {
        String detail = ex.getMessage() == null ? "" : CLASS_NAME.matcher(ex.getMessage()).replaceAll("").strip();
        return detail.isEmpty() ? I18n.t("cli.error.unexpectedNoDetail") : I18n.t("cli.error.unexpected", detail);
    }

    /**
     * Runs the command line; running out of memory (which picocli lets through, being an Error)
     * becomes one sentence, not a stack trace.
     */
    static int guard(java.util.function.IntSupplier run, java.io.PrintWriter err) {
        try {
            return run.getAsInt();
        } catch (OutOfMemoryError e) {
            err.println("rapport: " + I18n.t("files.outOfMemory"));
            err.flush();
            return 1;
        }
    }

    /**
     * A command-line mistake in the current language. picocli writes its own messages in English,
     * so English keeps them word for word; other languages get the common cases rephrased.
     */
    static String explain(ParameterException ex) {
        if (I18n.language() == Language.ENGLISH) {
            return ex.getMessage();
        }
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return I18n.t("cli.error.unknown", String.join(", ", unmatched.getUnmatched()));
        }
        if (ex instanceof MissingParameterException missing) {
            return I18n.t("cli.error.missing", missing.getMissing().stream().map(ErrorHandler::label).collect(Collectors.joining(", ")));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return I18n.t("cli.error.invalid", label(ex.getArgSpec()), ex.getValue());
        }
        return ex.getMessage();
    }

    private static String label(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() + (option.arity().max() > 0 ? "=" + option.paramLabel() : "")
                : spec.paramLabel();
    }
}
