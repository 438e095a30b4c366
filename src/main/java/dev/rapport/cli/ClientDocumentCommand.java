package dev.rapport.cli;

import dev.rapport.export.SummaryRenderer.Format;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.i18n.Messages;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Period;
import dev.rapport.model.RapportException;
import dev.rapport.model.ValidationException;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A client document from the terminal ({@code rapport summary}, {@code rapport review}): the
 * client, the period, the format and the language checked the same way, then the document written
 * to standard output or, whole or not at all, to a file. A command states only how its document is
 * made and what it says when a PDF has nowhere to go.
 */
abstract class ClientDocumentCommand implements Callable<Integer> {
    @Option(names = "--client", required = true, paramLabel = "NAME", description = "The client (case-insensitive).")
    String client;

    @Option(names = "--from", required = true, paramLabel = "D", description = "First day of the period (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "D", description = "Last day of the period (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--format", required = true, paramLabel = "md|html|pdf", description = "md, html or pdf (pdf needs --out).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (written whole or not at all) instead of standard output.")
    Path out;

    @Option(names = "--lang", paramLabel = "L", defaultValue = "en",
            description = "Language of the ${COMMAND-NAME}: en (default), uk, ru, ro or lt.")
    String lang;

    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    /** The message key saying a PDF needs --out. */
    abstract String pdfNeedsOutKey();

    /** The journal as this command needs it: for reading unless the command also keeps something. */
    JournalSession open() {
        return journalOption.openForReading();
    }

    /** The document's bytes for the client and period, in the format and language chosen. */
    abstract byte[] render(JournalSession session, Client client, Period period, Format format, Messages language);

    @Override
    public final Integer call() {
        Format f;
        try {
            f = Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RapportException(I18n.t("cli.summary.badFormat", format));
        }
        Language language = Language.ofCode(lang).orElseThrow(() -> new RapportException(I18n.t("cli.summary.badLang",
                Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", ")), lang)));
        if (f == Format.PDF && out == null) {
            throw new RapportException(I18n.t(pdfNeedsOutKey()));
        }
        Period period;
        try {
            period = new Period(from, to);
        } catch (ValidationException e) {
            throw new RapportException(I18n.t("cli.badPeriod", e.getMessage()));
        }
        try (JournalSession session = open()) {
            byte[] bytes = render(session, session.clients().byName(client), period, f, Messages.of(language));
            PrintWriter w = spec.commandLine().getOut();
            if (out == null) {
                w.print(new String(bytes, StandardCharsets.UTF_8));
            } else {
                session.reports().save(out, bytes);
                w.println(I18n.t("cli.wrote", out.toString()));
            }
            w.flush();
        }
        return 0;
    }
}
