package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Messages;
import dev.rapport.i18n.ZonePlaces;
import dev.rapport.logic.Brief;
import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.Request;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The meeting brief as Markdown (full) and as a one-page PDF: when everything does not fit one
 * page, each list is shortened (with "and N more") and long texts are cut until it does.
 */
public final class BriefRenderer {
    private BriefRenderer() {
    }

    /**
     * A section: heading, its lines (a shortened list ends with "… and N more"), what to say when
     * empty, and how many of the first lines are urgent (overdue promises, shown in red).
     */
    public record Section(String title, List<String> lines, String empty, int urgent) {
    }

    /** Every section in full, for the screen, in the screen's language. */
    public static List<Section> sections(Brief b) {
        return outline(b, Integer.MAX_VALUE, Integer.MAX_VALUE, new ReportFormat(I18n.messages()));
    }

    static String title(Brief b, ReportFormat f) {
        return f.t("brief.title", b.client().name());
    }

    /** "Prepared 25 Nov 2026", with the meeting's date and time when one is given. */
    public static String subtitle(Brief b) {
        return subtitle(b, new ReportFormat(I18n.messages()));
    }

    static String subtitle(Brief b, ReportFormat f) {
        String prepared = b.meetingAt() == null ? f.t("brief.prepared", f.date(b.today()))
                : f.t("brief.preparedForMeeting", f.date(b.today()), f.dateTime(b.meetingAt()));
        return b.nextMeeting() == null ? prepared : prepared + " · " + nextMeeting(b.nextMeeting(), f);
    }

    /** "meeting on Tue 1 Dec 2026 at 10:00 with Ana, Bob: Steering committee", the day and time as written, in the report's language. */
    static String nextMeeting(Brief.Coming m, ReportFormat f) {
        java.time.LocalDateTime at = m.starts().toLocalDateTime();
        String weekday = java.time.format.DateTimeFormatter.ofPattern("EEE", f.messages().locale()).format(at);
        String place = dev.rapport.model.Moments.placeIfElsewhere(m.starts().getZone());
        String time = java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(at) + (place.isEmpty() ? "" : " (" + place + ")");
        return m.with().isEmpty() ? f.t("brief.nextMeeting", weekday, f.date(at.toLocalDate()), time, m.title())
                : f.t("brief.nextMeetingWith", weekday, f.date(at.toLocalDate()), time, String.join(", ", m.with()), m.title());
    }

    static List<Section> outline(Brief b, int maxItems, int maxText, ReportFormat f) {
        Messages m = f.messages();
        List<Section> out = new ArrayList<>();
        List<String> promises = new ArrayList<>();
        for (Promise p : b.promises()) {
            String what = Esc.cut(p.what(), maxText);
            promises.add((b.isOverdue(p) ? f.t("brief.promise.overdue", f.date(p.due()), what) : f.t("brief.promise.due", f.date(p.due()), what))
                    + (p.understoodOn() == null ? " " + f.t("brief.promise.notConfirmed") : ""));
        }
        out.add(new Section(f.t("brief.promises", b.promises().size(), b.overduePromises()), shorten(promises, maxItems, f),
                f.t("brief.promises.none"), Math.min(b.overduePromises(), maxItems)));
        List<String> problems = new ArrayList<>();
        for (Problem p : b.openProblems()) {
            String severity = p.severity().label(m).toLowerCase(m.locale());
            problems.add((p.target() == null ? f.t("brief.problem.line", severity, Esc.cut(p.description(), maxText))
                    : f.t("brief.problem.lineWithTarget", severity, f.date(p.target()), Esc.cut(p.description(), maxText)))
                    + (p.measures().isBlank() ? "" : " · " + f.t("brief.problem.measures", Esc.cut(p.measures(), maxText / 2))));
        }
        out.add(new Section(f.t("brief.problems", b.openProblems().size()), shorten(problems, maxItems, f), f.t("brief.problems.none"), 0));
        List<String> requests = new ArrayList<>();
        for (Request r : b.unansweredRequests()) {
            String received = f.date(LocalDateTime.ofInstant(r.receivedAt(), b.zone()).toLocalDate());
            requests.add(f.t(r.effectiveAcknowledgedAt() == null ? "brief.request.notAcknowledged" : "brief.request.acknowledged",
                    received, Esc.cut(r.title(), maxText))
                    + (r.questions().size() > 1 ? " " + m.plural("brief.request.questions", r.questions().size()) : ""));
        }
        out.add(new Section(f.t("brief.requests", b.unansweredRequests().size()), shorten(requests, maxItems, f),
                f.t("brief.requests.none"), 0));
        List<String> recent = new ArrayList<>();
        for (Brief.Recent r : b.lastInteractions()) {
            recent.add(f.date(r.at().toLocalDate()) + " " + r.channel().label(m).toLowerCase(m.locale()) + " — " + Esc.cut(r.title(), maxText)
                    + (r.with().isEmpty() ? "" : " " + f.t("brief.recent.with", String.join(", ", r.with())))
                    + (r.summary().isBlank() ? "" : ": " + Esc.cut(r.summary(), maxText)));
        }
        out.add(new Section(f.t("brief.recent"), shorten(recent, maxItems, f), f.t("brief.recent.none"), 0));
        List<String> weak = new ArrayList<>();
        for (Brief.Weak w : b.weakest()) {
            weak.add(f.t("brief.weak.line", w.name(), w.state().latest().label(m).toLowerCase(m.locale()), f.date(w.latestOn()), w.prompt()));
        }
        out.add(new Section(f.t("brief.weakest"), weak, f.t("brief.weakest.none"), 0));
        out.add(new Section(f.t("brief.question"), b.question().isBlank() ? List.of() : List.of(f.t("brief.question.ask", b.question())),
                f.t("brief.question.none"), 0));
        List<String> people = new ArrayList<>();
        for (Brief.Person p : b.people()) {
            List<String> parts = new ArrayList<>();
            if (!p.role().isBlank()) {
                parts.add(p.role());
            }
            if (p.preferredChannel() != null) {
                parts.add(f.t("brief.person.prefers", p.preferredChannel().label(m).toLowerCase(m.locale())));
            }
            if (!p.timeZone().isBlank()) {
                parts.add(ZonePlaces.get().label(p.timeZone(), m.language(),
                        b.today().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
            }
            if (p.contextCarrier()) {
                parts.add(f.t("brief.person.carriesContext"));
            }
            people.add(p.name() + (parts.isEmpty() ? "" : " — " + String.join(" · ", parts))
                    + (p.notes().isBlank() ? "" : ". " + Esc.cut(p.notes(), maxText)));
        }
        out.add(new Section(f.t(b.meetingAt() == null ? "brief.people" : "brief.attending"), shorten(people, maxItems, f),
                f.t("brief.people.none"), 0));
        return out;
    }

    private static List<String> shorten(List<String> lines, int max, ReportFormat f) {
        if (lines.size() <= max) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.subList(0, max));
        out.add(f.t("brief.more", lines.size() - max));
        return out;
    }

    /** The whole brief as Markdown, in the screen's language. */
    public static String markdown(Brief b) {
        return markdown(b, I18n.messages());
    }

    public static String markdown(Brief b, Messages language) {
        ReportFormat f = new ReportFormat(language);
        StringBuilder s = new StringBuilder();
        s.append("# ").append(Esc.md(title(b, f))).append("\n\n").append(Esc.md(subtitle(b, f))).append("\n");
        for (Section sec : outline(b, Integer.MAX_VALUE, Integer.MAX_VALUE, f)) {
            s.append("\n## ").append(Esc.md(sec.title())).append("\n\n");
            if (sec.lines().isEmpty()) {
                s.append(sec.empty()).append("\n");
            }
            for (String line : sec.lines()) {
                s.append("- ").append(Esc.md(line)).append("\n");
            }
        }
        return s.toString();
    }

    private static final String STYLE = "@page { size: A4; margin: 12mm 14mm; }\n"
            + "body { font-family: '" + Pdf.FAMILY + "', Arial, sans-serif; font-size: 9pt; line-height: 1.35; color: #1f2328; }\n"
            + "h1 { font-size: 15pt; margin: 0; }\n"
            + "h2 { font-size: 10pt; margin: .9em 0 .25em; padding-bottom: .1em; border-bottom: 1px solid #d0d7de; }\n"
            + ".muted { color: #59636e; margin: .1em 0 .3em; }\n"
            + "ul { margin: 0; padding-left: 1.2em; }\n"
            + "li { margin: .12em 0; }\n";

    static String xhtml(Brief b, int maxItems, int maxText, ReportFormat f) {
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"").append(f.messages().language().code()).append("\">\n<head>\n<meta charset=\"utf-8\" />\n<title>")
                .append(Esc.html(title(b, f))).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        s.append("<h1>").append(Esc.html(title(b, f))).append("</h1>\n<p class=\"muted\">").append(Esc.html(subtitle(b, f))).append("</p>\n");
        for (Section sec : outline(b, maxItems, maxText, f)) {
            s.append("<h2>").append(Esc.html(sec.title())).append("</h2>\n");
            if (sec.lines().isEmpty()) {
                s.append("<p class=\"muted\">").append(Esc.html(sec.empty())).append("</p>\n");
                continue;
            }
            s.append("<ul>\n");
            for (String line : sec.lines()) {
                s.append("<li>").append(Esc.html(line)).append("</li>\n");
            }
            s.append("</ul>\n");
        }
        return s.append("</body>\n</html>\n").toString();
    }

    /** The one-page PDF: the fullest version that fits on one page. */
    public static byte[] pdf(Brief b) {
        return pdf(b, I18n.messages());
    }

    public static byte[] pdf(Brief b, Messages language) {
        ReportFormat f = new ReportFormat(language);
        int[][] steps = {{12, 220}, {8, 160}, {6, 120}, {4, 90}, {3, 70}, {2, 50}, {1, 40}};
        byte[] pdf = null;
        for (int[] step : steps) {
            pdf = Pdf.render(xhtml(b, step[0], step[1], f));
            if (Pdf.pages(pdf) == 1) {
                return pdf;
            }
        }
        return pdf;
    }

    public static String fileName(Brief b, String extension) {
        return FileNames.safe(I18n.t("brief.fileName", b.client().name(), b.today().toString())) + "." + extension;
    }
}
