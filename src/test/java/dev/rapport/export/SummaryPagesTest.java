package dev.rapport.export;

import dev.rapport.i18n.Language;
import dev.rapport.i18n.Messages;
import dev.rapport.logic.ClientSummary;
import dev.rapport.logic.ReportFixture;
import dev.rapport.model.Period;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The summary's pages as pictures, as the summary sheet previews them, in each language. */
class SummaryPagesTest {
    @TempDir
    Path dir;
    ReportFixture f;
    ClientSummary summary;

    @BeforeEach
    void open() {
        f = ReportFixture.create(dir.resolve("j.rapport"));
        summary = f.session.reports().summary(f.baltic.id(), new Period(ReportFixture.FROM, ReportFixture.TO));
    }

    @AfterEach
    void close() {
        f.session.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageGivesA4PagesAsWideAsAskedWithTextOnThem(Language language) {
        Messages m = Messages.of(language);
        List<BufferedImage> pages = SummaryRenderer.pages(summary, m, 600);
        assertThat(pages).hasSize(Pdf.pages(SummaryRenderer.render(summary, SummaryRenderer.Format.PDF, m)));
        BufferedImage first = pages.get(0);
        assertThat(first.getWidth()).isEqualTo(600);
        assertThat((double) first.getHeight() / first.getWidth()).as("A4 is 297 by 210 mm").isCloseTo(297.0 / 210, within(0.01));
        assertThat(darkPixels(first)).as("the page has writing on it").isGreaterThan(2000);
    }

    @Test
    void aHiDpiScreenGetsTwiceThePixelsOfTheSamePage() {
        Messages m = Messages.of(Language.ENGLISH);
        BufferedImage once = SummaryRenderer.pages(summary, m, 500).get(0);
        BufferedImage twice = SummaryRenderer.pages(summary, m, 1000).get(0);
        assertThat(twice.getWidth()).isEqualTo(2 * once.getWidth());
        assertThat(twice.getHeight()).isBetween(2 * once.getHeight() - 2, 2 * once.getHeight() + 2);
    }

    /** The preview is the saved PDF itself, so what holds for the file (no private notes) holds for the preview. */
    @Test
    void thePreviewIsPixelForPixelTheSavedPdf() {
        Messages m = Messages.of(Language.LITHUANIAN);
        List<BufferedImage> preview = SummaryRenderer.pages(summary, m, 300);
        List<BufferedImage> saved = PdfPages.render(SummaryRenderer.render(summary, SummaryRenderer.Format.PDF, m), 300);
        assertThat(preview).hasSameSizeAs(saved);
        for (int i = 0; i < saved.size(); i++) {
            BufferedImage a = preview.get(i);
            BufferedImage b = saved.get(i);
            assertThat(a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()))
                    .isEqualTo(b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()));
        }
    }

    @Test
    void aWidthNoScreenCouldAskForIsRefused() {
        byte[] pdf = SummaryRenderer.render(summary, SummaryRenderer.Format.PDF, Messages.of(Language.ENGLISH));
        assertThatThrownBy(() -> PdfPages.render(pdf, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PdfPages.render(pdf, PdfPages.MAX_PIXEL_WIDTH + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long darkPixels(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
