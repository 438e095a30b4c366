package dev.rapport.export;

import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF's fonts are the bundled DejaVu Sans with only its glyph substitution table passed over
 * (PDFBox applied it to every run of text, slowly): every other byte is the font's own, and the
 * text of a PDF still extracts letter for letter, ligature-prone words and other scripts included.
 */
class PdfFontsTest {
    private static byte[] bundled(String name) throws IOException {
        try (InputStream in = Pdf.class.getResourceAsStream("/dev/rapport/export/fonts/" + name)) {
            return in.readAllBytes();
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    @Test
    void onlyTheSubstitutionTablesTagChanges() throws IOException {
        for (String name : new String[]{"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
            byte[] original = bundled(name);
            byte[] changed = Pdf.withoutSubstitutions(original);
            assertThat(changed).hasSameSizeAs(original);
            int differing = 0;
            for (int i = 0; i < original.length; i++) {
                if (original[i] != changed[i]) {
                    differing++;
                }
            }
            assertThat(differing).as(name).isBetween(1, 4);
            try (TrueTypeFont before = parse(original); TrueTypeFont after = parse(changed)) {
                assertThat(before.getGsubData()).isNotSameAs(GsubData.NO_DATA_FOUND);
                assertThat(after.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
                assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
                assertThat(after.getTableMap().keySet()).contains(Pdf.UNUSED_TAG).doesNotContain("GSUB");
            }
        }
    }

    @Test
    void theTextExtractsLetterForLetter() throws IOException {
        String words = "office affluent fifty flow efficient shuffle — Šarūnas Žemaitis, Олена Коваленко, Ștefan Țurcanu";
        byte[] pdf = Pdf.render("<!DOCTYPE html><html><head><style>body { font-family: '" + Pdf.FAMILY + "'; }</style></head>"
                + "<body><p>" + words + "</p><p><b>" + words + "</b></p></body></html>");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // lines wrap where the page ends them: compare the words, not the lines
            String text = new PDFTextStripper().getText(doc).strip().replaceAll("\\s+", " ");
            assertThat(text).isEqualTo(words + " " + words);
        }
    }
}
