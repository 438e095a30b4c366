package dev.rapport.cli;

import dev.rapport.logic.ReportFixture;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandsTest {
    @TempDir
    Path dir;
    Path file;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void journal() {
        file = dir.resolve("j.rapport");
        ReportFixture.create(file).session.close();
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

    @Test
    void briefPrintsMarkdownToStandardOutput() {
        assertThat(run("brief", "--client", "baltic <b>freight</b>")).isEqualTo(0);
        assertThat(out.toString()).startsWith("# Brief: Baltic").contains("OVERDUE since Nov 20, 2026").contains("Олена Коваленко");
    }

    @Test
    void aPdfBriefNeedsAFileAndIsOnePage() throws IOException {
        assertThat(run("brief", "--client", "baltic <b>freight</b>", "--format", "pdf")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("rapport: A PDF brief needs --out FILE.");
        Path pdf = dir.resolve("brief.pdf");
        assertThat(run("brief", "--client", "baltic <b>freight</b>", "--format", "pdf", "--out", pdf.toString())).isEqualTo(0);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("Šarūnas Žemaitis");
        }
    }

    @Test
    void summaryInEveryFormat() throws IOException {
        assertThat(run("summary", "--client", "baltic <b>freight</b>", "--from", "2026-10-01", "--to", "2026-11-30", "--format", "md"))
                .isEqualTo(0);
        assertThat(out.toString()).contains("## 2. Promises").doesNotContain("SECRET-NOTE").doesNotContain("OTHER-DATA");
        Path html = dir.resolve("s.html");
        assertThat(run("summary", "--client", "baltic <b>freight</b>", "--from", "2026-10-01", "--to", "2026-11-30", "--format", "html",
                "--out", html.toString())).isEqualTo(0);
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").doesNotContain("<script");
        Path pdf = dir.resolve("s.pdf");
        assertThat(run("summary", "--client", "baltic <b>freight</b>", "--from", "2026-10-01", "--to", "2026-11-30", "--format", "pdf",
                "--out", pdf.toString())).isEqualTo(0);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Олена Коваленко");
        }
    }

    @Test
    void summaryInAnotherLanguage() {
        assertThat(run("summary", "--client", "baltic <b>freight</b>", "--from", "2026-10-01", "--to", "2026-11-30", "--format", "md",
                "--lang", "ro")).isEqualTo(0);
        assertThat(out.toString()).startsWith("# Raport pentru Baltic").contains("## 2. Promisiuni")
                .contains("Făcută la 1 oct. 2026, termen 5 oct. 2026. Respectată cu întârziere la 9 oct. 2026.");
    }

    @Test
    void badSummaryInputIsOneLine() {
        assertThat(run("summary", "--client", "baltic <b>freight</b>", "--from", "2026-12-01", "--to", "2026-11-30", "--format", "md"))
                .isEqualTo(1);
        assertThat(err.toString()).startsWith("rapport: Bad period: The end date").doesNotContain("Exception");
        assertThat(run("summary", "--client", "baltic <b>freight</b>", "--from", "2026-10-01", "--to", "2026-11-30", "--format", "docx"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("--format must be md, html or pdf");
        assertThat(run("summary", "--client", "baltic <b>freight</b>", "--from", "2026-10-01", "--to", "2026-11-30", "--format", "md",
                "--lang", "de")).isEqualTo(1);
        assertThat(err.toString()).contains("--lang must be one of en, uk, ru, ro, lt, not \"de\"");
        assertThat(run("summary", "--client", "nobody", "--from", "2026-10-01", "--to", "2026-11-30", "--format", "md")).isEqualTo(1);
    }
}
