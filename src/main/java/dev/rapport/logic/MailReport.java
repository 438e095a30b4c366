package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.MailIntake.Outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch of mail did, message by message, in the user's language: the same lines on the
 * command line and in the window's result sheet. Never a message's text — file names, clients,
 * counts and the senders' addresses only.
 *
 * @param failures the files that could not be read or were refused, each with its one line
 */
public record MailReport(List<Outcome> outcomes, List<Failure> failures, boolean dryRun) {

    /** A file that brought nothing: its name and the one line saying why. */
    public record Failure(String file, String message) {
        /** A message the journal refused (a rule it breaks): its line names the file and the rule. */
        public static Failure refused(String file, String why) {
            return new Failure(file, I18n.t("mail.error.line", file, I18n.t("mail.reason.refused", why)));
        }
    }

    public MailReport {
        outcomes = List.copyOf(outcomes);
        failures = List.copyOf(failures);
    }

    public int files() {
        return outcomes.size() + failures.size();
    }

    public long count(MailIntake.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public long requests(MailIntake.RequestState state) {
        return outcomes.stream().filter(o -> o.request() == state).count();
    }

    public long repliesTimed() {
        return outcomes.stream().filter(o -> !o.timedRequests().isEmpty()).count();
    }

    /** The new people offered, one per address. */
    public List<MailIntake.Offer> offers() {
        Map<String, MailIntake.Offer> out = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            for (MailIntake.Offer offer : o.offers()) {
                out.putIfAbsent(offer.email(), offer);
            }
        }
        return List.copyOf(out.values());
    }

    /** One line per message, then one per bad file. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Outcome o : outcomes) {
            out.add(line(o));
        }
        for (Failure f : failures) {
            out.add(f.message());
        }
        return out;
    }

    private static String line(Outcome o) {
        String what = switch (o.status()) {
            case ALREADY_IMPORTED -> I18n.t("mail.report.already");
            case UNMATCHED -> I18n.t("mail.report.unmatched");
            case MAILING_LIST -> I18n.t("mail.report.mailingList");
            case IMPORTED -> I18n.t(o.fromClient() ? "mail.report.fromClient" : "mail.report.toClient", String.join(", ", o.clients()));
        };
        StringBuilder b = new StringBuilder(I18n.t("mail.error.line", o.source(), what));
        if (o.request() == MailIntake.RequestState.ACCEPTED) {
            b.append(" · ").append(I18n.plural("mail.report.requestAccepted", o.questions().size()));
        } else if (o.request() == MailIntake.RequestState.PROPOSED) {
            b.append(" · ").append(I18n.plural("mail.report.requestProposed", o.questions().size()));
        }
        if (!o.timedRequests().isEmpty()) {
            b.append(" · ").append(I18n.t("mail.report.replyTimed"));
        }
        if (o.autoReply() && o.status() == MailIntake.Status.IMPORTED) {
            b.append(" · ").append(I18n.t("mail.report.autoReply"));
        }
        if (o.dateFromFile() && o.status() == MailIntake.Status.IMPORTED) {
            b.append(" · ").append(I18n.t("mail.report.noDate"));
        }
        return b.toString();
    }

    /** The batch's summary, one line. */
    public String summary() {
        return I18n.t(dryRun ? "mail.report.summaryDryRun" : "mail.report.summary",
                I18n.plural("mail.count.files", files()),
                I18n.plural("mail.count.imported", count(MailIntake.Status.IMPORTED)),
                Long.toString(count(MailIntake.Status.ALREADY_IMPORTED)),
                Long.toString(count(MailIntake.Status.UNMATCHED)),
                Long.toString(count(MailIntake.Status.MAILING_LIST)),
                Integer.toString(failures.size()),
                Long.toString(requests(MailIntake.RequestState.ACCEPTED)),
                Long.toString(requests(MailIntake.RequestState.PROPOSED)),
                Long.toString(repliesTimed()));
    }
}
