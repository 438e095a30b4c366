package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.store.RawRows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journal holding rows that break the domain's rules, written straight into SQLite past the
 * rules (as an older Rapport's import, or another tool, could leave them): no command fails
 * because of them; the figure commands leave the rows out and say how many.
 */
class BadRowsCommandsTest {
    @TempDir
    Path dir;

    private Path journal;
    private String out;
    private String err;


    @BeforeEach
    void aDemoJournalWithBadRows() {
        journal = dir.resolve("bad.rapport");
        assertThat(run("demo", journal.toString())).isZero();
        RawRows.write(journal, RawRows.RULE_BREAKING);
    }

    @AfterEach
    void english() {
        I18n.use(Language.ENGLISH);
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = RapportCommand.run(args, (j, demo) -> { }, new PrintWriter(o, true), new PrintWriter(e, true), "en");
        out = o.toString();
        err = e.toString();
        return code;
    }

    private void runsAndSaysWhatWasLeftOut(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--journal");
        all.add(journal.toString());
        int code = run(all.toArray(String[]::new));
        assertThat(code).as(String.join(" ", args) + "\n" + out + err).isZero();
        assertThat(out + err).doesNotContain("unexpected error", "Exception", "Bad period", "UNIQUE");
        Pattern leftOut = Pattern.compile(Pattern.quote(I18n.plural("cli.leftOut", 7)).replace("7", "\\E\\d+\\Q"));
        assertThat(err).as(String.join(" ", args)).containsPattern(leftOut);
    }

    @Test
    void theFigureCommandsLeaveBadRowsOutAndSaySo() {
        runsAndSaysWhatWasLeftOut("stats");
        runsAndSaysWhatWasLeftOut("stats", "--json");
        runsAndSaysWhatWasLeftOut("stats", "--client", "Broken Ltd");
        runsAndSaysWhatWasLeftOut("brief", "--client", "Broken Ltd");
        runsAndSaysWhatWasLeftOut("summary", "--client", "Broken Ltd", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "md");
        runsAndSaysWhatWasLeftOut("health", "--client", "Broken Ltd");
        runsAndSaysWhatWasLeftOut("today");
    }

    @Test
    void theOtherCommandsDoNotFail() {
        for (String[] args : List.of(new String[] {"search", "Broken"}, new String[] {"search", "When"},
                new String[] {"export", "json", "--out", dir.resolve("x.json").toString()},
                new String[] {"export", "csv", "--out", dir.resolve("csv").toString()},
                new String[] {"export", "vcf", "--out", dir.resolve("x.vcf").toString()},
                new String[] {"export", "ics", "--out", dir.resolve("x.ics").toString()},
                new String[] {"duplicates"})) {
            List<String> all = new java.util.ArrayList<>(List.of(args));
            all.add("--journal");
            all.add(journal.toString());
            assertThat(run(all.toArray(String[]::new))).as(String.join(" ", args) + "\n" + out + err).isZero();
            assertThat(out + err).doesNotContain("unexpected error", "Exception", "UNIQUE");
        }
    }
}
