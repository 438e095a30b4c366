package dev.rapport.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF's pages as pictures, for looking at a document before it leaves the app. Each page is
 * drawn as wide in pixels as asked, so a screen gets what it shows (twice as many on a HiDPI one).
 */
public final class PdfPages {
    /** Wider than any screen shows a sheet at: a bound on memory for a caller's mistake. */
    static final int MAX_PIXEL_WIDTH = 4000;

    private PdfPages() {
    }

    /** Every page of the PDF, each {@code pixelWidth} pixels wide and as tall as its shape makes it. */
    public static List<BufferedImage> render(byte[] pdf, int pixelWidth) {
        if (pixelWidth < 1 || pixelWidth > MAX_PIXEL_WIDTH) {
            throw new IllegalArgumentException("A page picture must be 1 to " + MAX_PIXEL_WIDTH + " pixels wide, not " + pixelWidth);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> pages = new ArrayList<>(doc.getNumberOfPages());
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDRectangle box = doc.getPage(i).getCropBox();
                float scale = pixelWidth / box.getWidth();
                pages.add(renderer.renderImage(i, scale, ImageType.RGB));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
