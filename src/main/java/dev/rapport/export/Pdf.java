package dev.rapport.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import dev.rapport.i18n.I18n;
import dev.rapport.model.RapportException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Turns the renderers' XHTML into PDF with the bundled DejaVu Sans (subset and embedded), so
 * Lithuanian, Romanian, Ukrainian and Russian names come out right on any machine. The document
 * title (from the HTML title) names only the client the document is about.
 */
public final class Pdf {
    private static final Logger LOG = Logger.getLogger(Pdf.class.getName());
    private static final String FONT = "/dev/rapport/export/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/dev/rapport/export/fonts/DejaVuSans-Bold.ttf";
    static final String FAMILY = "DejaVu Sans";

    /** Held so the level sticks: PDFBox warns about the standard-14 fonts it maps but this never uses. */
    private static final java.util.logging.Logger PDFBOX_FONTS = java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    static {
        XRLog.setLoggingEnabled(false);
        PDFBOX_FONTS.setLevel(java.util.logging.Level.SEVERE);
    }

    private Pdf() {
    }

    /** Renders well-formed XHTML to PDF bytes. */
    public static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            // As files, so the SVG drawer gets them too (it takes fonts only as files).
            b.useFont(FontFiles.REGULAR, FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            b.useFont(FontFiles.BOLD, FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            b.useSVGDrawer(svgDrawer());
            b.withProducer("Rapport");
            b.withHtmlContent(xhtml, null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Rendering a PDF failed", e);
            throw new RapportException(I18n.t("files.pdfFailed"), e);
        }
    }

    /**
     * Draws inline SVG (the review's charts) as vector graphics, with no script and nothing fetched,
     * its text in the same embedded DejaVu Sans as the page.
     */
    private static BatikSVGDrawer svgDrawer() {
        return new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE);
    }

    /**
     * The bundled fonts copied once to temporary files, made on first use, without their glyph
     * substitution table. PDFBox applies that table to every run of text it writes, compiling its
     * patterns afresh each time (over a third of a long review's PDF time), and for the text of these
     * documents it changes no glyph: the pages and the embedded subset are the same without it
     * (PdfFontsTest holds that).
     */
    static final class FontFiles {
        static final java.io.File REGULAR = copy(FONT);
        static final java.io.File BOLD = copy(Pdf.BOLD);

        private static java.io.File copy(String resource) {
            try (InputStream in = font(resource)) {
                java.nio.file.Path file = java.nio.file.Files.createTempFile("rapport-font-", ".ttf");
                file.toFile().deleteOnExit();
                java.nio.file.Files.write(file, withoutSubstitutions(in.readAllBytes()));
                return file.toFile();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The tag the glyph substitution table is renamed to: a table no reader knows, so none applies it. */
    static final String UNUSED_TAG = "xSUB";

    /**
     * A TrueType font with its GSUB table's entry in the table directory renamed, so readers pass
     * the table over; every other byte is as it was (the font's outlines, metrics and maps unchanged).
     */
    static byte[] withoutSubstitutions(byte[] font) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(font.clone());
        int tables = b.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (b.getInt(at) == tag("GSUB")) {
                b.putInt(at, tag(UNUSED_TAG));
            }
        }
        return b.array();
    }

    private static int tag(String fourLetters) {
        byte[] t = fourLetters.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return java.nio.ByteBuffer.wrap(t).getInt();
    }

    /** How many pages a PDF has. */
    public static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String path) {
        InputStream in = Pdf.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing bundled font " + path);
        }
        return in;
    }
}
