package dev.rapport.cli;

import dev.rapport.export.ClientReviewRenderer;
import dev.rapport.export.SummaryRenderer;
import dev.rapport.i18n.Messages;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Period;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "review", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "The client review of one client over a period, with charts: the status headline, outcomes, promises, "
                + "problems, response times, satisfaction, open risks, the asks of the client and the promises due next. "
                + "Never private notes, mail text, attribute reviews, survey methods or other clients' data.")
final class ReviewCommand extends ClientDocumentCommand {
    @Option(names = "--headline", paramLabel = "TEXT",
            description = "Keep this status headline for this client and period (an empty text removes it), then write the review.")
    String headline;

    @Override
    String pdfNeedsOutKey() {
        return "review.cli.pdfNeedsOut";
    }

    /** Writing only when a headline is to be kept. */
    @Override
    JournalSession open() {
        return headline == null ? journalOption.openForReading() : journalOption.openForWriting();
    }

    @Override
    byte[] render(JournalSession session, Client client, Period period, SummaryRenderer.Format format, Messages language) {
        if (headline != null) {
            session.clientReviews().saveHeadline(client.id(), period, headline);
        }
        return ClientReviewRenderer.render(session.clientReviews().review(client.id(), period), format, language);
    }
}
