package dev.rapport.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
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
            b.useFont(() -> font(FONT), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            b.useFont(() -> font(BOLD), FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
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
