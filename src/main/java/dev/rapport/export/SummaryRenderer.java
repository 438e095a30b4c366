package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Messages;
import dev.rapport.logic.ClientSummary;
import dev.rapport.model.Dimension;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.Text;

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

    /** The summary in the screen's language. */
    public static byte[] render(ClientSummary s, Format format) {
        return render(s, format, I18n.messages());
    }

    /** The summary in a given language: its words, dates and figures (a report may go out in another language). */
    public static byte[] render(ClientSummary s, Format format, Messages language) {
        return ClientDocumentRenderer.render(format, () -> markdown(s, language), () -> html(s, language));
    }

    /**
     * The summary's PDF pages as pictures {@code pixelWidth} wide: what the PDF will look like, and
     * the printed HTML near enough. The same outline as the files, so nothing private gets in here either.
     */
    public static List<java.awt.image.BufferedImage> pages(ClientSummary s, Messages language, int pixelWidth) {
        return ClientDocumentRenderer.pages(html(s, language), pixelWidth);
    }

    /** A numbered section: a title, an optional line of figures, and numbered items (each a heading and detail lines). */
    record Section(String title, String figures, String empty, List<Item> items) {
    }

    record Item(String heading, List<String> lines) {
    }

    static String title(ClientSummary s, ReportFormat f) {
        return f.t("summary.title", s.clientName());
    }

    static String subtitle(ClientSummary s, ReportFormat f) {
        return ClientDocumentRenderer.subtitle(f, s.period(), s.preparedOn());
    }

    static List<Section> outline(ClientSummary s, ReportFormat f) {
        Messages m = f.messages();
        List<Section> out = new ArrayList<>();
        List<Item> updates = new ArrayList<>();
        for (ClientSummary.Update u : s.updates()) {
            updates.add(new Item(f.date(u.on()) + " — " + u.title(), List.of(u.summary())));
        }
        out.add(new Section(f.t("summary.progress"), "", f.t("summary.progress.none"), updates));

        LedgerFigures.Promises pf = s.figures().promises();
        List<Item> promises = new ArrayList<>();
        for (ClientSummary.PromiseLine p : s.promises()) {
            List<String> lines = new ArrayList<>();
            String state = p.state().label(m);
            lines.add(p.decidedOn() == null ? f.t("summary.promise.made", f.date(p.madeOn()), f.date(p.due()), state)
                    : f.t("summary.promise.decided", f.date(p.madeOn()), f.date(p.due()), state, f.date(p.decidedOn())));
            if (!p.exceeded().isEmpty()) {
                lines.add(f.t("summary.promise.exceeded", exceeded(p, m)));
            }
            if (!p.excellence().isBlank()) {
                lines.add(p.excellence());
            }
            promises.add(new Item(p.what(), lines));
        }
        out.add(new Section(f.t("summary.promises"), pf.decided() == 0 ? "" : f.t("summary.promises.figures",
                f.percent(pf.keptPercent()), f.percent(pf.onTimePercent()), f.percent(pf.exceededPercent()),
                Long.toString(pf.decided())), f.t("summary.promises.none"), promises));

        LedgerFigures.Problems qf = s.figures().problems();
        List<Item> problems = new ArrayList<>();
        for (ClientSummary.ProblemLine p : s.problems()) {
            List<String> lines = new ArrayList<>();
            String by = f.t("summary.problem.by." + Text.key(p.raisedBy()));
            lines.add(p.target() == null ? f.t("summary.problem.raised", f.date(p.raisedOn()), by)
                    : f.t("summary.problem.raisedWithTarget", f.date(p.raisedOn()), by, f.date(p.target())));
            if (!p.consequences().isBlank()) {
                lines.add(f.t("summary.problem.consequences", p.consequences()));
            }
            if (!p.measures().isBlank()) {
                lines.add(f.t("summary.problem.measures", p.measures()));
            }
            lines.add(p.resolvedOn() == null ? f.t("summary.problem.status", p.state().label(m))
                    : f.t("summary.problem.statusOn", p.state().label(m), f.date(p.resolvedOn())));
            if (!p.whatItTook().isBlank()) {
                lines.add(f.t("summary.problem.whatItTook", p.whatItTook()));
            }
            if (!p.prevention().isBlank()) {
                lines.add(f.t("summary.problem.prevention", p.prevention()));
            }
            problems.add(new Item(p.description(), lines));
        }
        out.add(new Section(f.t("summary.problems"), qf.resolved() == 0 ? "" : f.t("summary.problems.figures",
                Long.toString(qf.resolved()), f.percent(qf.onTargetPercent()), f.number(qf.medianDaysToResolve())),
                f.t("summary.problems.none"), problems));

        LedgerFigures.Requests rf = s.figures().requests();
        List<Item> requests = new ArrayList<>();
        for (ClientSummary.RequestLine r : s.requests()) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < r.questions().size(); i++) {
                lines.add((i + 1) + ") " + r.questions().get(i));
            }
            String acknowledged = r.hoursToAcknowledge() == null ? f.t("summary.request.notAcknowledged")
                    : f.t("summary.request.acknowledgedIn", f.hours(r.hoursToAcknowledge()));
            String answered = r.hoursToAnswer() == null ? f.t("summary.request.notAnswered")
                    : f.t("summary.request.answeredIn", f.hours(r.hoursToAnswer()));
            lines.add(f.t("summary.request.received", f.dateTime(r.receivedAt()), acknowledged, answered));
            requests.add(new Item(r.subject(), lines));
        }
        out.add(new Section(f.t("summary.requests"), rf.requests() == 0 ? "" : f.t("summary.requests.figures",
                m.plural("summary.requests.count", rf.requests()), f.hours(rf.medianHoursToAcknowledge()),
                f.hours(rf.medianHoursToAnswer()), f.percent(rf.acknowledgedWithinTargetPercent()),
                f.percent(rf.answeredWithinTargetPercent())), f.t("summary.requests.none"), requests));
        return out;
    }

    private static String exceeded(ClientSummary.PromiseLine p, Messages m) {
        List<String> names = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            if (p.exceeded().contains(d)) {
                names.add(d == Dimension.OTHER ? p.otherDimension() : d.label(m).toLowerCase(m.locale()));
            }
        }
        return String.join(", ", names);
    }

    /** The summary as Markdown in the screen's language. */
    public static String markdown(ClientSummary s) {
        return markdown(s, I18n.messages());
    }

    public static String markdown(ClientSummary s, Messages language) {
        ReportFormat f = new ReportFormat(language);
        StringBuilder b = new StringBuilder();
        ClientDocumentRenderer.markdownTop(b, title(s, f), subtitle(s, f));
        int n = 0;
        for (Section sec : outline(s, f)) {
            n++;
            b.append("\n## ").append(n).append(". ").append(sec.title()).append("\n\n");
            if (!sec.figures().isEmpty()) {
                b.append("*").append(Esc.md(sec.figures())).append("*\n\n");
            }
            if (sec.items().isEmpty()) {
                b.append(sec.empty()).append("\n");
            }
            ClientDocumentRenderer.markdownItems(b, n, sec.items());
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

    /** The summary as self-contained HTML in the screen's language. */
    public static String html(ClientSummary s) {
        return html(s, I18n.messages());
    }

    public static String html(ClientSummary s, Messages language) {
        ReportFormat f = new ReportFormat(language);
        StringBuilder b = new StringBuilder();
        ClientDocumentRenderer.htmlTop(b, language, STYLE, title(s, f), subtitle(s, f));
        int n = 0;
        for (Section sec : outline(s, f)) {
            n++;
            b.append("<h2>").append(n).append(". ").append(Esc.html(sec.title())).append("</h2>\n");
            if (!sec.figures().isEmpty()) {
                b.append("<p class=\"figures\">").append(Esc.html(sec.figures())).append("</p>\n");
            }
            if (sec.items().isEmpty()) {
                b.append("<p class=\"muted\">").append(Esc.html(sec.empty())).append("</p>\n");
            }
            ClientDocumentRenderer.htmlItems(b, n, sec.items());
        }
        ClientDocumentRenderer.htmlEnd(b);
        return b.toString();
    }

    /** A file name for the summary: client and period, safe on every system. */
    public static String fileName(ClientSummary s, Format format) {
        return fileName(s, format, I18n.messages());
    }

    /** The file name in the summary's language; its dates stay ISO so the files sort by period. */
    public static String fileName(ClientSummary s, Format format, Messages language) {
        return ClientDocumentRenderer.fileName(language, "summary.fileName", s.clientName(), s.period(), format);
    }
}
