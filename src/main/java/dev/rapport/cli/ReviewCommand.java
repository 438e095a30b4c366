package dev.rapport.cli;

import dev.rapport.export.ClientReviewRenderer;
import dev.rapport.export.SummaryRenderer;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.i18n.Messages;
import dev.rapport.logic.ClientReview;
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

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "review", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "The client review of one client over a period, with charts: the status headline, outcomes, promises, "
                + "problems, response times, satisfaction, open risks, the asks of the client and the promises due next. "
                + "Never private notes, mail text, attribute reviews, survey methods or other clients' data.")
final class ReviewCommand implements Callable<Integer> {
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

    @Option(names = "--lang", paramLabel = "L", defaultValue = "en", description = "Language of the review: en (default), uk, ru, ro or lt.")
    String lang;

    @Option(names = "--headline", paramLabel = "TEXT",
            description = "Keep this status headline for this client and period (an empty text removes it), then write the review.")
    String headline;

    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SummaryRenderer.Format f;
        try {
            f = SummaryRenderer.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RapportException(I18n.t("cli.summary.badFormat", format));
        }
        Language language = Language.ofCode(lang).orElseThrow(() -> new RapportException(I18n.t("cli.summary.badLang",
                Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", ")), lang)));
        if (f == SummaryRenderer.Format.PDF && out == null) {
            throw new RapportException(I18n.t("review.cli.pdfNeedsOut"));
        }
        Period period;
        try {
            period = new Period(from, to);
        } catch (ValidationException e) {
            throw new RapportException(I18n.t("cli.badPeriod", e.getMessage()));
        }
        try (JournalSession session = headline == null ? journalOption.openForReading() : journalOption.openForWriting()) {
            Client c = session.clients().byName(client);
            if (headline != null) {
                session.clientReviews().saveHeadline(c.id(), period, headline);
            }
            ClientReview review = session.clientReviews().review(c.id(), period);
            byte[] bytes = ClientReviewRenderer.render(review, f, Messages.of(language));
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
