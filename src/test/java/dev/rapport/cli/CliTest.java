package dev.rapport.cli;

import dev.rapport.i18n.KeyPattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.i18n.KeyPattern;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir
    Path dir;

    private final List<String> desktopStarts = new ArrayList<>();
    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = RapportCommand.run(args, (journal, demo) -> desktopStarts.add(journal + "|" + demo),
                new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void noCommandStartsTheDesktop() {
        assertThat(run()).isZero();
        assertThat(run("--demo")).isZero();
        assertThat(run("--journal", dir.resolve("x.rapport").toString())).isZero();
        assertThat(desktopStarts).containsExactly("null|false", "null|true", dir.resolve("x.rapport") + "|false");
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version")).isZero();
        assertThat(out).startsWith("Rapport ");
        assertThat(run("--help")).isZero();
        assertThat(out).contains("demo", "search", "stats", "bench", "--journal");
        assertThat(run("search", "--help")).isZero();
        assertThat(out).contains("--journal", "--json");
    }

    @Test
    void demoThenSearchThenStats() throws Exception {
        Path journal = dir.resolve("demo.rapport");
        assertThat(run("demo", journal.toString())).isZero();
        assertThat(out).contains("12 clients");

        assertThat(run("search", "--journal", journal.toString(), "sarunas")).isZero();
        assertThat(out.lines()).anySatisfy(l -> assertThat(l).startsWith("contact\tŠarūnas Žemaitis"));

        assertThat(run("search", "--journal", journal.toString(), "--json", "budget")).isZero();
        JsonNode doc = new ObjectMapper().readTree(out);
        assertThat(doc.get("query").asText()).isEqualTo("budget");
        assertThat(doc.get("entries").size()).isPositive();
        assertThat(doc.get("entries").get(0).get("kind").asText()).isEqualTo("entry");

        assertThat(run("stats", "--journal", journal.toString(), "--json")).isZero();
        JsonNode stats = new ObjectMapper().readTree(out);
        assertThat(stats.get("clients").asInt()).isEqualTo(12);
        assertThat(stats.get("keepInTouch").get("red").asInt()).isPositive();
    }

    @Test
    void demoRefusesToOverwriteAJournal() throws Exception {
        Path file = dir.resolve("mine.rapport");
        Files.writeString(file, "precious");
        assertThat(run("demo", file.toString())).isEqualTo(1);
        assertThat(err).containsPattern(KeyPattern.of("cli.demo.exists", KeyPattern.ANY)).doesNotContain("Exception");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void errorsAreOneLineWithoutAStackTrace() throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "not a journal");
        assertThat(run("stats", "--journal", text.toString())).isEqualTo(1);
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).startsWith("rapport: ").containsPattern(KeyPattern.of("files.notAJournal", "notes.txt", KeyPattern.ANY))
                .doesNotContain("at dev.rapport");

        assertThat(run("search", "--journal", dir.resolve("missing.rapport").toString(), "x")).isEqualTo(1);
        assertThat(err).containsPattern(KeyPattern.of("files.journal.missing", KeyPattern.ANY));
        assertThat(dir.resolve("missing.rapport")).doesNotExist();
    }

    @Test
    void debugAddsTheDetail() throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "not a journal");
        assertThat(run("stats", "--debug", "--journal", text.toString())).isEqualTo(1);
        assertThat(err).contains("JournalOpenException");
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(err).contains("Unknown option: '--bogus'").contains("rapport --help");
    }

    @Test
    void quickBenchPrintsFigures() {
        assertThat(run("bench", "--quick", "--runs", "3")).isZero();
        assertThat(out).contains("search \"meeting\" (first page)").contains("peak heap");
    }
}
