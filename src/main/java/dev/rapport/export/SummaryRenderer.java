package dev.rapport.export;

import dev.rapport.logic.ClientSummary;
import dev.rapport.logic.Figures;
import dev.rapport.model.Dimension;
import dev.rapport.model.LedgerFigures;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The client-facing summary as Markdown, self-contained HTML (inert: no script, nothing remote)
 * and PDF. Both text formats come from one outline, so they always say the same thing in the
 * same numbered order (DOMAIN §4: structured reporting).
 */
public final class SummaryRenderer {
    public enum Format {
        MD("md"), HTML("html"), PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private SummaryRenderer() {
    }

    public static byte[] render(ClientSummary s, Format format) {
        return switch (format) {
            case MD -> markdown(s).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case HTML -> html(s).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case PDF -> Pdf.render(html(s));
        };
    }

    /** A numbered section: a title, an optional line of figures, and numbered items (each a heading and detail lines). */
    record Section(String title, String figures, String empty, List<Item> items) {
    }

    record Item(String heading, List<String> lines) {
    }

    static String title(ClientSummary s) {
        return "Summary for " + s.clientName();
    }

    static String subtitle(ClientSummary s) {
        return s.period().from() + " to " + s.period().to() + " · prepared on " + s.preparedOn();
    }

    static List<Section> outline(ClientSummary s) {
        List<Section> out = new ArrayList<>();
        List<Item> updates = new ArrayList<>();
        for (ClientSummary.Update u : s.updates()) {
            updates.add(new Item(u.on() + " — " + u.title(), List.of(u.summary())));
        }
        out.add(new Section("Progress", "", "No progress updates in this period.", updates));

        LedgerFigures.Promises pf = s.figures().promises();
        List<Item> promises = new ArrayList<>();
        for (ClientSummary.PromiseLine p : s.promises()) {
            List<String> lines = new ArrayList<>();
            lines.add("Promised on " + p.madeOn() + ", due " + p.due() + ". " + p.state()
                    + (p.decidedOn() == null ? "" : " on " + p.decidedOn()) + ".");
            if (!p.exceeded().isEmpty()) {
                lines.add("Exceeded in " + exceeded(p) + ".");
            }
            if (!p.excellence().isBlank()) {
                lines.add(p.excellence());
            }
            promises.add(new Item(p.what(), lines));
        }
        out.add(new Section("Promises", pf.decided() == 0 ? "" : "Kept " + pct(pf.keptPercent()) + " · on time "
                + pct(pf.onTimePercent()) + " · exceeded " + pct(pf.exceededPercent()) + " (of " + pf.decided() + " decided)",
                "No promises made or completed in this period.", promises));

        LedgerFigures.Problems qf = s.figures().problems();
        List<Item> problems = new ArrayList<>();
        for (ClientSummary.ProblemLine p : s.problems()) {
            List<String> lines = new ArrayList<>();
            lines.add("Raised on " + p.raisedOn() + " by " + p.raisedBy().toLowerCase(java.util.Locale.ROOT)
                    + (p.target() == null ? "" : ", target " + p.target()) + ".");
            if (!p.consequences().isBlank()) {
                lines.add("Consequences: " + p.consequences());
            }
            if (!p.measures().isBlank()) {
                lines.add("Measures: " + p.measures());
            }
            lines.add("Status: " + p.state() + (p.resolvedOn() == null ? "" : " on " + p.resolvedOn()) + ".");
            if (!p.whatItTook().isBlank()) {
                lines.add("What it took: " + p.whatItTook());
            }
            if (!p.prevention().isBlank()) {
                lines.add("Prevention: " + p.prevention());
            }
            problems.add(new Item(p.description(), lines));
        }
        out.add(new Section("Problems", qf.resolved() == 0 ? "" : "Resolved " + qf.resolved() + " · on target "
                + pct(qf.onTargetPercent()) + " · median days to resolve " + number(qf.medianDaysToResolve()),
                "No problems in this period.", problems));

        LedgerFigures.Requests rf = s.figures().requests();
        List<Item> requests = new ArrayList<>();
        for (ClientSummary.RequestLine r : s.requests()) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < r.questions().size(); i++) {
                lines.add((i + 1) + ") " + r.questions().get(i));
            }
            lines.add("Received " + time(r.receivedAt()) + " · " + hours("acknowledged", r.hoursToAcknowledge())
                    + " · " + hours("answered", r.hoursToAnswer()) + ".");
            requests.add(new Item(r.subject(), lines));
        }
        out.add(new Section("Requests", rf.requests() == 0 ? "" : rf.requests() + " requests · median time to acknowledge "
                + hoursFigure(rf.medianHoursToAcknowledge()) + ", to answer " + hoursFigure(rf.medianHoursToAnswer())
                + " · acknowledged within target " + pct(rf.acknowledgedWithinTargetPercent()) + ", answered within target "
                + pct(rf.answeredWithinTargetPercent()), "No requests in this period.", requests));
        return out;
    }

    private static String exceeded(ClientSummary.PromiseLine p) {
        List<String> names = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            if (p.exceeded().contains(d)) {
                names.add(d == Dimension.OTHER ? p.otherDimension() : d.label().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return String.join(", ", names);
    }

    static String pct(Double v) {
        return Figures.percentText(v);
    }

    static String number(Double v) {
        return v == null ? Figures.DASH : String.format(java.util.Locale.ROOT, "%.1f", Figures.round(v, 1));
    }

    static String hoursFigure(Double v) {
        return v == null ? Figures.DASH : number(v) + " h";
    }

    private static String hours(String what, Double v) {
        return v == null ? "not yet " + what : what + " in " + number(v) + " h";
    }

    private static String time(LocalDateTime t) {
        return t.toLocalDate() + " " + t.toLocalTime();
    }

    public static String markdown(ClientSummary s) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(Esc.md(title(s))).append("\n\n");
        b.append(Esc.md(subtitle(s))).append("\n");
        int n = 0;
        for (Section sec : outline(s)) {
            n++;
            b.append("\n## ").append(n).append(". ").append(sec.title()).append("\n\n");
            if (!sec.figures().isEmpty()) {
                b.append("*").append(Esc.md(sec.figures())).append("*\n\n");
            }
            if (sec.items().isEmpty()) {
                b.append(sec.empty()).append("\n");
            }
            int m = 0;
            for (Item item : sec.items()) {
                m++;
                b.append("**").append(n).append('.').append(m).append(" ").append(Esc.md(item.heading())).append("**\n\n");
                for (String line : item.lines()) {
                    b.append(Esc.md(line)).append("  \n");
                }
                b.append("\n");
            }
        }
        return b.toString().stripTrailing() + "\n";
    }

    static final String STYLE = "@page { size: A4; margin: 18mm 16mm; }\n"
            + "body { font-family: '" + Pdf.FAMILY + "', 'Segoe UI', Arial, sans-serif; font-size: 10.5pt; line-height: 1.45;"
            + " color: #1f2328; max-width: 46em; margin: 2em auto; padding: 0 1em; }\n"
            + "h1 { font-size: 18pt; margin: 0 0 .2em; }\n"
            + "h2 { font-size: 13pt; margin: 1.4em 0 .4em; border-bottom: 1px solid #d0d7de; padding-bottom: .2em; }\n"
            + "h3 { font-size: 10.5pt; margin: .9em 0 .2em; }\n"
            + "p { margin: .15em 0; }\n"
            + ".muted { color: #59636e; }\n"
            + ".figures { color: #59636e; font-style: italic; margin-bottom: .6em; }\n"
            + "section.item { page-break-inside: avoid; }\n"
            + "@media print { body { margin: 0; max-width: none; } }\n";

    public static String html(ClientSummary s) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
        b.append("<title>").append(Esc.html(title(s))).append("</title>\n");
        b.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        b.append("<h1>").append(Esc.html(title(s))).append("</h1>\n");
        b.append("<p class=\"muted\">").append(Esc.html(subtitle(s))).append("</p>\n");
        int n = 0;
        for (Section sec : outline(s)) {
            n++;
            b.append("<h2>").append(n).append(". ").append(Esc.html(sec.title())).append("</h2>\n");
            if (!sec.figures().isEmpty()) {
                b.append("<p class=\"figures\">").append(Esc.html(sec.figures())).append("</p>\n");
            }
            if (sec.items().isEmpty()) {
                b.append("<p class=\"muted\">").append(Esc.html(sec.empty())).append("</p>\n");
            }
            int m = 0;
            for (Item item : sec.items()) {
                m++;
                b.append("<section class=\"item\">\n<h3>").append(n).append('.').append(m).append(' ')
                        .append(Esc.html(item.heading())).append("</h3>\n");
                for (String line : item.lines()) {
                    b.append("<p>").append(Esc.html(line)).append("</p>\n");
                }
                b.append("</section>\n");
            }
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    /** A file name for the summary: client and period, safe on every system. */
    public static String fileName(ClientSummary s, Format format) {
        return FileNames.safe("Summary " + s.clientName() + " " + s.period().from() + " to " + s.period().to()) + "." + format.extension();
    }

    static String date(LocalDate d) {
        return d == null ? Figures.DASH : d.toString();
    }
}
