package dev.rapport.export.mail;

import dev.rapport.logic.JournalSession;
import dev.rapport.logic.MailIntake;
import dev.rapport.logic.MailReport;
import dev.rapport.model.MailServer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One read of the mail server into the journal: the addresses the journal knows are searched for,
 * what comes back goes through the same intake as mail files (so a message read twice is taken
 * once), and where each folder stopped is remembered for the next read. A dry run, or a read with a
 * message that could not be taken, leaves the marks where they were, so nothing is skipped.
 */
public final class MailServerImport {
    private final JournalSession session;
    private final ImapMail reader;

    public MailServerImport(JournalSession session, ImapMail reader) {
        this.session = session;
        this.reader = reader;
    }

    /** What one read did, and the folders it read. */
    public record Checked(MailReport report, List<String> folders) {
    }

    public Checked read(MailServer server, char[] password, boolean acceptRequests, boolean dryRun) {
        ImapMail.Result read = reader.read(server, password, session.mail().knownAddresses(),
                folder -> session.settings().get(MailServer.MARK + folder).flatMap(ImapMail.Mark::parse));
        List<MailReport.Failure> failures = new ArrayList<>(read.failures());
        List<MailIntake.Outcome> outcomes = session.mail().take(read.messages(), acceptRequests, dryRun,
                (m, e) -> failures.add(MailReport.Failure.refused(m.source(), e.getMessage())));
        if (!dryRun && failures.isEmpty()) {
            for (Map.Entry<String, ImapMail.Mark> mark : read.marks().entrySet()) {
                session.settings().put(MailServer.MARK + mark.getKey(), mark.getValue().text());
            }
        }
        return new Checked(new MailReport(outcomes, failures, dryRun), read.folders());
    }
}
