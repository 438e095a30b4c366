package dev.rapport.export.mail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * An HTML mail body as plain text. jsoup only parses the text it is given: nothing remote is
 * fetched (no images, styles or frames), and scripts, styles and other non-text elements are
 * dropped, not kept as text.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "table", "ul", "ol", "hr", "section", "article", "header", "footer", "dd", "dt");
    private static final Set<String> DROPPED = Set.of("script", "style", "head", "title", "noscript", "template", "svg",
            "object", "embed", "iframe", "frame", "frameset", "applet", "canvas", "button", "select", "textarea");

    private HtmlText() {
    }

    static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parse(html).body();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int skipping;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && DROPPED.contains(e.normalName())) {
                    skipping++;
                } else if (skipping == 0 && node instanceof TextNode t) {
                    out.append(t.text());
                } else if (skipping == 0 && node instanceof Element e && e.normalName().equals("li")) {
                    newline(out);
                    out.append("- ");
                } else if (skipping == 0 && node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && DROPPED.contains(e.normalName())) {
                    skipping--;
                } else if (skipping == 0 && node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }
        }, body);
        return out.toString().replace('\u00A0', ' ').replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
