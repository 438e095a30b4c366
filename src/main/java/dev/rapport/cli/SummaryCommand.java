package dev.rapport.cli;

import dev.rapport.export.SummaryRenderer;
import dev.rapport.i18n.Messages;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Period;

import picocli.CommandLine.Command;

@Command(name = "summary", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "The client-facing summary of one client over a period: progress, promises, problems, requests "
                + "and their figures. Never private notes, reviews, survey methods or other clients' data.")
final class SummaryCommand extends ClientDocumentCommand {
    @Override
    String pdfNeedsOutKey() {
        return "cli.summary.pdfNeedsOut";
    }

    @Override
    byte[] render(JournalSession session, Client client, Period period, SummaryRenderer.Format format, Messages language) {
        return SummaryRenderer.render(session.reports().summary(client.id(), period), format, language);
    }
}
