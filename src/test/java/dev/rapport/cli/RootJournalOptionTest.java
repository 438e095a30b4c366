package dev.rapport.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rapport --journal FILE COMMAND} runs the command on FILE, never silently on the default journal. */
class RootJournalOptionTest {
    @TempDir
    Path dir;

    private Path demo;
    private String out;
    private String err;

    private void demoJournal() {
        demo = dir.resolve("demo.rapport");
        assertThat(run("demo", demo.toString())).isZero();
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = RapportCommand.run(args, (journal, d) -> { }, new PrintWriter(o, true), new PrintWriter(e, true), "en");
        out = o.toString();
        err = e.toString();
        return code;
    }

    private static String[] line(String journalOption, String command) {
        List<String> args = new ArrayList<>(List.of("--journal", journalOption));
        args.addAll(List.of(command.split(" ")));
        return args.toArray(String[]::new);
    }

    /** A file that is not a journal, named before the command: each command must open that one and say so. */
    @ParameterizedTest
    @ValueSource(strings = {"stats", "stats --json", "search budget", "today", "health --client Baltic", "export json", "export vcf", "backup",
            "duplicates", "brief --client Baltic"})
    void everyCommandOpensTheJournalGivenBeforeIt(String command) throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "not a journal");
        assertThat(run(line(text.toString(), command))).as(err).isEqualTo(1);
        assertThat(err).startsWith("rapport: notes.txt is not a Rapport journal");
    }

    @Test
    void theJournalBeforeTheCommandIsReadAsTheOneAfterIt() throws Exception {
        demoJournal();
        assertThat(run(line(demo.toString(), "stats --json"))).as(err).isZero();
        assertThat(new ObjectMapper().readTree(out).get("clients").asInt()).isEqualTo(12);

        assertThat(run(line(demo.toString(), "search sarunas"))).as(err).isZero();
        assertThat(out.lines()).anySatisfy(l -> assertThat(l).startsWith("contact\tŠarūnas Žemaitis"));

        assertThat(run(line(demo.toString(), "export vcf"))).as(err).isZero();
        assertThat(out).contains("BEGIN:VCARD", "Šarūnas");
    }

    @Test
    void theSameJournalOnBothSidesIsFineButTwoDifferentOnesAreRefused() {
        demoJournal();
        assertThat(run("--journal", demo.toString(), "stats", "--journal", demo.toString())).as(err).isZero();

        assertThat(run("--journal", demo.toString(), "stats", "--journal", dir.resolve("other.rapport").toString())).isEqualTo(2);
        assertThat(err).contains("--journal was given twice").contains("demo.rapport").contains("other.rapport");
    }

    @Test
    void aCommandWithoutAJournalRefusesIt() {
        demo = dir.resolve("any.rapport");
        Path fresh = dir.resolve("fresh.rapport");
        assertThat(run("--journal", demo.toString(), "demo", fresh.toString())).isEqualTo(2);
        assertThat(err).contains("'rapport demo' does not use a journal");
        assertThat(fresh).doesNotExist();
    }

    @Test
    void theRefusalIsInTheUsersLanguage() {
        demo = dir.resolve("any.rapport");
        StringWriter e = new StringWriter();
        int code = RapportCommand.run(new String[] {"--journal", demo.toString(), "demo", dir.resolve("x.rapport").toString()},
                (journal, d) -> { }, new PrintWriter(new StringWriter(), true), new PrintWriter(e, true), "lt");
        assertThat(code).isEqualTo(2);
        assertThat(e.toString()).contains("žurnalo nenaudoja");
    }
}
