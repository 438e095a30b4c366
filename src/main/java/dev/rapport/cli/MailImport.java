package dev.rapport.cli;

import dev.rapport.export.mail.MailFolderImport;
import dev.rapport.export.mail.MailSources;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.MailIntake;
import dev.rapport.logic.MailReport;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code rapport import mail FILE|FOLDER… [--dry-run] [--json] [--no-requests]}: .eml and .msg files, mbox
 * files (Thunderbird's folders) and Maildirs, read as they stream; every message its own
 * all-or-nothing step, a bad file one line, the batch's summary at the end. Exit 0 when every file
 * was read (imported, already there, unmatched or a list), 1 when any was refused.
 */
final class MailImport {
    private final JournalSession session;
    private final PrintWriter out;

    MailImport(JournalSession session, PrintWriter out) {
        this.session = session;
        this.out = out;
    }

    int run(List<Path> named, boolean acceptRequests, boolean dryRun, boolean json) {
        MailReport report = new MailFolderImport(session.mail(), acceptRequests, dryRun)
                .read(MailSources.of(named), (done, total, source) -> { }, () -> false).report();
        return print(report, json);
    }

    /** The report as lines and a summary, or as one JSON document; 1 when anything was refused. */
    int print(MailReport report, boolean json) {
        boolean dryRun = report.dryRun();
        List<MailReport.Failure> failures = report.failures();
        List<MailIntake.Waiting> unmatched = session.mail().unmatched();
        if (json) {
            out.println(Json.write(json(report, unmatched, dryRun)));
        } else {
            report.lines().forEach(out::println);
            for (MailIntake.Offer o : report.offers()) {
                out.println(I18n.t("mail.report.offer", o.name().isEmpty() ? o.email() : o.name() + " <" + o.email() + ">",
                        o.clientName()));
            }
            if (!unmatched.isEmpty()) {
                out.println(I18n.plural("mail.report.unmatchedList", unmatched.size()));
                for (MailIntake.Waiting u : unmatched) {
                    out.println("  " + u.sent() + "\t" + u.sender() + "\t" + u.source());
                }
            }
            for (MailIntake.Proposal p : session.mail().proposals()) {
                out.println(I18n.t("mail.report.proposal", p.clientName(), p.receivedAt().toString(),
                        Integer.toString(p.questions().size())));
            }
            out.println(report.summary());
        }
        out.flush();
        return failures.isEmpty() ? 0 : 1;
    }

    private static Map<String, Object> json(MailReport r, List<MailIntake.Waiting> unmatched, boolean dryRun) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("dryRun", dryRun);
        doc.put("files", r.files());
        doc.put("imported", r.count(MailIntake.Status.IMPORTED));
        doc.put("alreadyImported", r.count(MailIntake.Status.ALREADY_IMPORTED));
        doc.put("unmatched", r.count(MailIntake.Status.UNMATCHED));
        doc.put("mailingList", r.count(MailIntake.Status.MAILING_LIST));
        doc.put("refused", r.failures().size());
        doc.put("requestsAccepted", r.requests(MailIntake.RequestState.ACCEPTED));
        doc.put("requestsProposed", r.requests(MailIntake.RequestState.PROPOSED));
        doc.put("repliesTimed", r.repliesTimed());
        List<Map<String, Object>> messages = new ArrayList<>();
        for (MailIntake.Outcome o : r.outcomes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", o.source());
            m.put("status", o.status().name().toLowerCase(java.util.Locale.ROOT));
            m.put("fromClient", o.fromClient());
            m.put("clients", o.clients());
            m.put("request", o.request().name().toLowerCase(java.util.Locale.ROOT));
            m.put("questions", o.questions().size());
            m.put("timedRequests", o.timedRequests());
            m.put("autoReply", o.autoReply());
            m.put("dateFromFile", o.dateFromFile());
            messages.add(m);
        }
        doc.put("messages", messages);
        List<Map<String, Object>> errors = new ArrayList<>();
        for (MailReport.Failure f : r.failures()) {
            errors.add(Map.of("file", f.file(), "message", f.message()));
        }
        doc.put("errors", errors);
        List<Map<String, Object>> offers = new ArrayList<>();
        for (MailIntake.Offer o : r.offers()) {
            offers.add(Map.of("email", o.email(), "name", o.name(), "client", o.clientName()));
        }
        doc.put("newPeopleOffered", offers);
        List<Map<String, Object>> waiting = new ArrayList<>();
        for (MailIntake.Waiting u : unmatched) {
            waiting.add(Map.of("sender", u.sender(), "sent", u.sent().toString(), "file", u.source()));
        }
        doc.put("unmatchedList", waiting);
        return doc;
    }
}
