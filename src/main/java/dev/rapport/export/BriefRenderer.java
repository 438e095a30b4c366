package dev.rapport.export;

import dev.rapport.logic.Brief;
import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.Request;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The meeting brief as Markdown (full) and as a one-page PDF: when everything does not fit one
 * page, each list is shortened (with "and N more") and long texts are cut until it does.
 */
public final class BriefRenderer {
    private BriefRenderer() {
    }

    /** A section: heading, its lines (a shortened list ends with "… and N more"), and what to say when empty. */
    public record Section(String title, List<String> lines, String empty) {
    }

    /** Every section in full, for the screen. */
    public static List<Section> sections(Brief b) {
        return outline(b, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    static String title(Brief b) {
        return "Brief: " + b.client().name();
    }

    static String subtitle(Brief b) {
        return "Prepared " + b.today() + (b.meetingAt() == null ? "" : " · meeting " + b.meetingAt().toLocalDate() + " "
                + b.meetingAt().toLocalTime());
    }

    static List<Section> outline(Brief b, int maxItems, int maxText) {
        List<Section> out = new ArrayList<>();
        List<String> promises = new ArrayList<>();
        for (Promise p : b.promises()) {
            promises.add((b.isOverdue(p) ? "OVERDUE since " + p.due() : "due " + p.due()) + " — " + Esc.cut(p.what(), maxText)
                    + (p.understoodOn() == null ? " (understanding not confirmed)" : ""));
        }
        out.add(new Section("Open promises (" + b.promises().size() + ", " + b.overduePromises() + " overdue)",
                shorten(promises, maxItems), "No open promises."));
        List<String> problems = new ArrayList<>();
        for (Problem p : b.openProblems()) {
            problems.add(p.severity().name().toLowerCase(Locale.ROOT) + (p.target() == null ? "" : ", target " + p.target())
                    + " — " + Esc.cut(p.description(), maxText)
                    + (p.measures().isBlank() ? "" : " · measures: " + Esc.cut(p.measures(), maxText / 2)));
        }
        out.add(new Section("Open problems (" + b.openProblems().size() + ")", shorten(problems, maxItems), "No open problems."));
        List<String> requests = new ArrayList<>();
        for (Request r : b.unansweredRequests()) {
            requests.add("received " + LocalDateTime.ofInstant(r.receivedAt(), b.zone()).toLocalDate()
                    + (r.effectiveAcknowledgedAt() == null ? ", not acknowledged" : ", acknowledged")
                    + " — " + Esc.cut(r.title(), maxText) + (r.questions().size() > 1 ? " (" + r.questions().size() + " questions)" : ""));
        }
        out.add(new Section("Unanswered requests (" + b.unansweredRequests().size() + ")", shorten(requests, maxItems),
                "No unanswered requests."));
        List<String> recent = new ArrayList<>();
        for (Brief.Recent r : b.lastInteractions()) {
            recent.add(r.at().toLocalDate() + " " + r.channel().label().toLowerCase(Locale.ROOT) + " — " + Esc.cut(r.title(), maxText)
                    + (r.with().isEmpty() ? "" : " (with " + String.join(", ", r.with()) + ")")
                    + (r.summary().isBlank() ? "" : ": " + Esc.cut(r.summary(), maxText)));
        }
        out.add(new Section("Last interactions", shorten(recent, maxItems), "No interactions logged yet."));
        List<String> weak = new ArrayList<>();
        for (Brief.Weak w : b.weakest()) {
            weak.add(w.name() + " (" + w.latest().toLowerCase(Locale.ROOT) + " on " + w.latestOn() + ") — " + w.prompt());
        }
        out.add(new Section("Weakest attributes", weak, "No weak attributes in the reviews."));
        out.add(new Section("Question of the period", b.question().isBlank() ? List.of() : List.of("Ask: " + b.question()),
                "No question of the period running."));
        List<String> people = new ArrayList<>();
        for (Brief.Person p : b.people()) {
            List<String> parts = new ArrayList<>();
            if (!p.role().isBlank()) {
                parts.add(p.role());
            }
            if (p.preferredChannel() != null) {
                parts.add("prefers " + p.preferredChannel().label().toLowerCase(Locale.ROOT));
            }
            if (!p.timeZone().isBlank()) {
                parts.add(p.timeZone());
            }
            if (p.contextCarrier()) {
                parts.add("carries the context");
            }
            people.add(p.name() + (parts.isEmpty() ? "" : " — " + String.join(" · ", parts))
                    + (p.notes().isBlank() ? "" : ". " + Esc.cut(p.notes(), maxText)));
        }
        out.add(new Section(b.meetingAt() == null ? "People" : "Attending", shorten(people, maxItems), "No people recorded."));
        return out;
    }

    private static List<String> shorten(List<String> lines, int max) {
        if (lines.size() <= max) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.subList(0, max));
        out.add("… and " + (lines.size() - max) + " more");
        return out;
    }

    public static String markdown(Brief b) {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(Esc.md(title(b))).append("\n\n").append(Esc.md(subtitle(b))).append("\n");
        for (Section sec : outline(b, Integer.MAX_VALUE, Integer.MAX_VALUE)) {
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

    static String xhtml(Brief b, int maxItems, int maxText) {
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>")
                .append(Esc.html(title(b))).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        s.append("<h1>").append(Esc.html(title(b))).append("</h1>\n<p class=\"muted\">").append(Esc.html(subtitle(b))).append("</p>\n");
        for (Section sec : outline(b, maxItems, maxText)) {
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
        int[][] steps = {{12, 220}, {8, 160}, {6, 120}, {4, 90}, {3, 70}, {2, 50}, {1, 40}};
        byte[] pdf = null;
        for (int[] step : steps) {
            pdf = Pdf.render(xhtml(b, step[0], step[1]));
            if (Pdf.pages(pdf) == 1) {
                return pdf;
            }
        }
        return pdf;
    }

    public static String fileName(Brief b, String extension) {
        return FileNames.safe("Brief " + b.client().name() + " " + b.today()) + "." + extension;
    }
}
