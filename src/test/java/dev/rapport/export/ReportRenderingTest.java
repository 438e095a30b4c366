package dev.rapport.export;

import dev.rapport.logic.Brief;
import dev.rapport.logic.ClientSummary;
import dev.rapport.logic.ReportFixture;
import dev.rapport.model.Period;
import dev.rapport.model.Promise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRenderingTest {
    @TempDir
    Path dir;
    ReportFixture f;
    ClientSummary summary;
    Brief brief;

    @BeforeEach
    void open() {
        f = ReportFixture.create(dir.resolve("j.rapport"));
        summary = f.session.reports().summary(f.baltic.id(), new Period(ReportFixture.FROM, ReportFixture.TO));
        brief = f.session.reports().brief(f.baltic.id());
    }

    @AfterEach
    void close() {
        f.session.close();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static String info(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation i = doc.getDocumentInformation();
            String xmp = doc.getDocumentCatalog().getMetadata() == null ? ""
                    : new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            return i.getTitle() + "|" + i.getAuthor() + "|" + i.getSubject() + "|" + i.getKeywords() + "|" + i.getCreator()
                    + "|" + i.getProducer() + "|" + xmp;
        }
    }

    @Test
    void summaryMarkdownMatchesTheGoldenFile() throws IOException {
        Golden.check("summary.md", SummaryRenderer.markdown(summary));
    }

    @Test
    void summaryHtmlMatchesTheGoldenFile() throws IOException {
        Golden.check("summary.html", SummaryRenderer.html(summary));
    }

    @Test
    void briefMarkdownMatchesTheGoldenFile() throws IOException {
        Golden.check("brief.md", BriefRenderer.markdown(brief));
    }

    @Test
    void summaryHtmlIsInertAndEscaped() {
        String html = SummaryRenderer.html(summary);
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("http")
                .doesNotContain("<b>").contains("Baltic &lt;b&gt;Freight&lt;/b&gt;")
                .doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("url(")
                .doesNotContainIgnoringCase("@import").doesNotContainPattern("(?i)<[^>]*\\son[a-z]+\\s*=");
    }

    @Test
    void summaryPdfCarriesUnicodeNamesAndNamesNoOtherClient() throws IOException {
        byte[] pdf = SummaryRenderer.render(summary, SummaryRenderer.Format.PDF);
        String text = text(pdf);
        assertThat(text).contains("Олена Коваленко").contains("Baltic <b>Freight</b>").contains("1. Progress");
        assertThat(info(pdf)).contains("Baltic <b>Freight</b>").doesNotContain("Other Client");
    }

    @Test
    void briefPdfIsOnePageWithTheNamesRight() throws IOException {
        byte[] pdf = BriefRenderer.pdf(brief);
        assertThat(Pdf.pages(pdf)).isEqualTo(1);
        assertThat(text(pdf)).contains("Šarūnas Žemaitis").contains("Олена Коваленко").contains("OVERDUE");
        assertThat(info(pdf)).doesNotContain("Other Client");
    }

    @Test
    void aBusyClientsBriefStillFitsOnePage() throws IOException {
        for (int i = 0; i < 40; i++) {
            f.session.ledger().save(Promise.create(f.baltic.id(), "A long promise number " + i + " ".repeat(1) + "with words ".repeat(30),
                    LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2 + i % 20)));
        }
        Brief busy = f.session.reports().brief(f.baltic.id());
        byte[] pdf = BriefRenderer.pdf(busy);
        assertThat(Pdf.pages(pdf)).isEqualTo(1);
        assertThat(text(pdf)).contains("more").contains("Šarūnas Žemaitis");
        assertThat(BriefRenderer.markdown(busy)).contains("A long promise number 39");
    }
}
