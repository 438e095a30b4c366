package dev.rapport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.i18n.Language;
import dev.rapport.logic.ClientReviewService;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.ReportFixture;
import dev.rapport.model.ClientAsk;
import dev.rapport.model.Period;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rapport review}: the charts carry the figures {@code rapport stats --json} gives, in inert HTML and an extractable PDF. */
class ReviewCommandTest {
    private static final String CLIENT = "baltic <b>freight</b>";
    private static final Period PERIOD = new Period(ReportFixture.FROM, ReportFixture.TO);

    @TempDir
    Path dir;
    Path file;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void journal() {
        file = dir.resolve("j.rapport");
        ReportFixture f = ReportFixture.create(file);
        f.session.clientReviews().saveAsk(ClientAsk.of(f.baltic.id(), "Šarūnas Žemaitis to approve the Kaunas depot plan",
                LocalDate.of(2026, 12, 4)));
        f.session.close();
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = args[0];
        all[1] = "--journal=" + file;
        System.arraycopy(args, 1, all, 2, args.length - 1);
        return RapportCommand.run(all, (j, d) -> { }, new PrintWriter(out), new PrintWriter(err));
    }

    private JsonNode stats(Period p) throws IOException {
        assertThat(run("stats", "--client", CLIENT, "--from", p.from().toString(), "--to", p.to().toString(), "--json")).isEqualTo(0);
        return new ObjectMapper().readTree(out.toString());
    }

    private Document html() throws IOException {
        Path html = dir.resolve("review.html");
        assertThat(run("review", "--client", CLIENT, "--from", PERIOD.from().toString(), "--to", PERIOD.to().toString(),
                "--format", "html", "--out", html.toString())).isEqualTo(0);
        return Jsoup.parse(Files.readString(html), "", Parser.xmlParser());
    }

    /** The number written on a bar ("63%", "4.5 h", "—"), as the JSON would have it. */
    private static Double barValue(Document doc, String id) {
        Element bar = doc.getElementById(id);
        assertThat(bar).as(id).isNotNull();
        String text = bar.selectFirst("text.value").text();
        return text.equals("—") ? null : Double.valueOf(text.replaceAll("[^0-9.\\-]", ""));
    }

    private static Double json(JsonNode node) {
        return node.isNull() ? null : node.asDouble();
    }

    private static List<Period> periods() {
        List<Period> out = new ArrayList<>();
        Period p = PERIOD;
        for (int i = 0; i <= ClientReviewService.EARLIER; i++) {
            out.add(0, p);
            p = p.previous();
        }
        return out;
    }

    @Test
    void thePromiseChartShowsForEachPeriodWhatStatsJsonSays() throws IOException {
        Document doc = html();
        List<Period> periods = periods();
        boolean someFigure = false;
        for (int i = 0; i < periods.size(); i++) {
            JsonNode promises = stats(periods.get(i)).get("promises");
            assertThat(barValue(doc, "chart-promises-kept-" + i)).as("kept %s", periods.get(i)).isEqualTo(json(promises.get("keptPercent")));
            assertThat(barValue(doc, "chart-promises-onTime-" + i)).isEqualTo(json(promises.get("onTimePercent")));
            assertThat(barValue(doc, "chart-promises-exceeded-" + i)).isEqualTo(json(promises.get("exceededPercent")));
            someFigure |= !promises.get("keptPercent").isNull();
        }
        assertThat(someFigure).as("the fixture decides promises in the period").isTrue();
    }

    @Test
    void theResponseChartShowsEachMonthsMediansAsStatsJsonDoes() throws IOException {
        Document doc = html();
        List<Period> months = List.of(new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)),
                new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        boolean someFigure = false;
        for (int i = 0; i < months.size(); i++) {
            JsonNode requests = stats(months.get(i)).get("requests");
            assertThat(barValue(doc, "chart-requests-acknowledge-" + i)).isEqualTo(json(requests.get("medianHoursToAcknowledge")));
            assertThat(barValue(doc, "chart-requests-answer-" + i)).isEqualTo(json(requests.get("medianHoursToAnswer")));
            someFigure |= !requests.get("medianHoursToAnswer").isNull();
        }
        assertThat(someFigure).isTrue();
        assertThat(doc.getElementById("chart-requests-acknowledge-2")).isNull();
    }

    @Test
    void thePdfTextHoldsTheSameFiguresAsTheChart() throws IOException {
        Document doc = html();
        Path pdf = dir.resolve("review.pdf");
        assertThat(run("review", "--client", CLIENT, "--from", PERIOD.from().toString(), "--to", PERIOD.to().toString(),
                "--format", "pdf", "--out", pdf.toString())).isEqualTo(0);
        String text = text(pdf);
        // the row of kept percentages under the promise chart, period by period, as the SVG has them
        StringBuilder kept = new StringBuilder("Kept");
        for (int i = 0; i <= ClientReviewService.EARLIER; i++) {
            kept.append(' ').append(doc.getElementById("chart-promises-kept-" + i).selectFirst("text.value").text());
        }
        assertThat(text).contains(kept.toString());
    }

    @Test
    void theHtmlIsInertAndWellFormed() throws IOException {
        Path html = dir.resolve("review.html");
        run("review", "--client", CLIENT, "--from", "2026-10-01", "--to", "2026-11-30", "--format", "html", "--out", html.toString());
        String text = Files.readString(html);
        // strict: parsed as XML with error tracking, nothing may be wrong (no HTML validator resolves offline)
        Parser strict = Parser.xmlParser().setTrackErrors(100);
        Document doc = Jsoup.parse(text.replaceFirst("<!DOCTYPE html>", ""), "", strict);
        assertThat(strict.getErrors()).isEmpty();
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("svg")).hasSize(3);
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> assertThat(a.getKey()).as(e.tagName()).doesNotStartWith("on"));
            // the SVG namespace is a name, not something fetched
            e.attributes().asList().stream().filter(a -> !a.getKey().equals("xmlns")).forEach(a -> assertThat(a.getValue())
                    .doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:").doesNotContainIgnoringCase("javascript:"));
        }
        assertThat(text).doesNotContain("url(").doesNotContain("<link").doesNotContain("<img").doesNotContain("<iframe");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void thePdfEmbedsItsFontsAndItsTextExtractsInEveryLanguage(Language language) throws IOException {
        Path pdf = dir.resolve("review-" + language.code() + ".pdf");
        assertThat(run("review", "--client", CLIENT, "--from", "2026-10-01", "--to", "2026-11-30", "--format", "pdf",
                "--lang", language.code(), "--out", pdf.toString())).isEqualTo(0);
        assertThat(text(pdf)).contains("Šarūnas Žemaitis").contains("Олена Коваленко").contains("Baltic <b>Freight</b>");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    void theHeadlineIsKeptPerReviewAndShown() throws IOException {
        assertThat(run("review", "--client", CLIENT, "--from", "2026-10-01", "--to", "2026-11-30", "--format", "md",
                "--headline", "Depots live in Kaunas; Vilnius next")).isEqualTo(0);
        assertThat(out.toString()).contains("## 1. Status").contains("Depots live in Kaunas; Vilnius next");
        assertThat(run("review", "--client", CLIENT, "--from", "2026-10-01", "--to", "2026-11-30", "--format", "md")).isEqualTo(0);
        assertThat(out.toString()).contains("Depots live in Kaunas; Vilnius next")
                .contains("## 8. Decisions needed from the client").contains("Šarūnas Žemaitis to approve the Kaunas depot plan");
        // another period of the same client has its own headline
        assertThat(run("review", "--client", CLIENT, "--from", "2026-07-01", "--to", "2026-09-30", "--format", "md")).isEqualTo(0);
        assertThat(out.toString()).doesNotContain("Depots live in Kaunas");
        try (JournalSession s = JournalSession.open(file)) {
            long id = s.clients().byName(CLIENT).id();
            assertThat(s.clientReviews().headline(id, PERIOD)).isEqualTo("Depots live in Kaunas; Vilnius next");
        }
    }

    @Test
    void aPdfNeedsAFileAndABadLanguageIsNamed() {
        assertThat(run("review", "--client", CLIENT, "--from", "2026-10-01", "--to", "2026-11-30", "--format", "pdf")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("rapport: A PDF review needs --out FILE.");
        assertThat(run("review", "--client", CLIENT, "--from", "2026-10-01", "--to", "2026-11-30", "--format", "md", "--lang", "de"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("--lang").contains("\"de\"");
    }

    @Test
    void markdownHasTablesInsteadOfCharts() {
        assertThat(run("review", "--client", CLIENT, "--from", "2026-10-01", "--to", "2026-11-30", "--format", "md", "--lang", "uk"))
                .isEqualTo(0);
        assertThat(out.toString()).doesNotContain("<svg").contains("| Період | Виконано | Вчасно | Перевершено | Вирішено |")
                .contains("| Місяць |");
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static String bytes(Path pdf) throws IOException {
        return new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    }
}
