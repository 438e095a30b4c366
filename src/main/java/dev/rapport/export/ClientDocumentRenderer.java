package dev.rapport.export;

import dev.rapport.i18n.Messages;
import dev.rapport.model.Period;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the client documents (the summary and the client review) are written with alike: the three
 * formats from one Markdown and one HTML text, the PDF's pages for the preview, the title and period
 * line at the top, numbered items, and the file name. Each document states only its own outline.
 */
final class ClientDocumentRenderer {
    private ClientDocumentRenderer() {
    }

    /** The document in a format: its Markdown or HTML text, or the HTML as PDF. */
    static byte[] render(SummaryRenderer.Format format, Supplier<String> markdown, Supplier<String> html) {
        return switch (format) {
            case MD -> markdown.get().getBytes(StandardCharsets.UTF_8);
            case HTML -> html.get().getBytes(StandardCharsets.UTF_8);
            case PDF -> Pdf.render(html.get());
        };
    }

    /** The PDF's pages as pictures {@code pixelWidth} wide, for the preview: the same HTML as the file. */
    static List<BufferedImage> pages(String html, int pixelWidth) {
        return PdfPages.render(Pdf.render(html), pixelWidth);
    }

    /** "1 Oct 2026 – 31 Dec 2026, prepared on …": the line under the title. */
    static String subtitle(ReportFormat f, Period period, LocalDate preparedOn) {
        return f.t("summary.subtitle", f.date(period.from()), f.date(period.to()), f.date(preparedOn));
    }

    /** A file name for a client and period, safe on every system; the dates stay ISO so the files sort by period. */
    static String fileName(Messages language, String key, String clientName, Period period, SummaryRenderer.Format format) {
        return FileNames.safe(language.get(key, clientName, period.from().toString(), period.to().toString())) + "." + format.extension();
    }

    static void markdownTop(StringBuilder b, String title, String subtitle) {
        b.append("# ").append(Esc.md(title)).append("\n\n");
        b.append(Esc.md(subtitle)).append("\n");
    }

    /** Section {@code n}'s items, numbered n.1, n.2, …: the heading in bold, then its lines. */
    static void markdownItems(StringBuilder b, int n, List<SummaryRenderer.Item> items) {
        int m = 0;
        for (SummaryRenderer.Item item : items) {
            m++;
            b.append("**").append(n).append('.').append(m).append(' ').append(Esc.md(item.heading())).append("**\n\n");
            for (String line : item.lines()) {
                b.append(Esc.md(line)).append("  \n");
            }
            b.append("\n");
        }
    }

    /** The document's head (its language, title and style) and the top of its body: the title and the line under it. */
    static void htmlTop(StringBuilder b, Messages language, String style, String title, String subtitle) {
        b.append("<!DOCTYPE html>\n<html lang=\"").append(language.language().code()).append("\">\n<head>\n<meta charset=\"utf-8\" />\n");
        b.append("<title>").append(Esc.html(title)).append("</title>\n");
        b.append("<style>\n").append(style).append("</style>\n</head>\n<body>\n");
        b.append("<h1>").append(Esc.html(title)).append("</h1>\n");
        b.append("<p class=\"muted\">").append(Esc.html(subtitle)).append("</p>\n");
    }

    /** Section {@code n}'s items, numbered n.1, n.2, …, each kept on one page where it fits. */
    static void htmlItems(StringBuilder b, int n, List<SummaryRenderer.Item> items) {
        int m = 0;
        for (SummaryRenderer.Item item : items) {
            m++;
            b.append("<section class=\"item\">\n<h3>").append(n).append('.').append(m).append(' ')
                    .append(Esc.html(item.heading())).append("</h3>\n");
            for (String line : item.lines()) {
                b.append("<p>").append(Esc.html(line)).append("</p>\n");
            }
            b.append("</section>\n");
        }
    }

    static void htmlEnd(StringBuilder b) {
        b.append("</body>\n</html>\n");
    }
}
