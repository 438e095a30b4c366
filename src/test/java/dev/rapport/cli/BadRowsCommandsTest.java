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

    /** Rows the forms would refuse, for a client of their own and for the demo's first client. */
    static final String[] BAD_ROWS = {
            "INSERT INTO client (id, name) VALUES (9001, 'Broken Ltd')",
            "INSERT INTO client (id, name) VALUES (9002, replace(hex(zeroblob(150)), '0', 'x'))",
            "INSERT INTO request (id, client_id, received_at, channel, subject, acknowledged_at, answered_at) VALUES "
                    + "(9001, 9001, '2026-11-20T10:00:00Z', 'EMAIL', 'Backwards', '2026-11-19T10:00:00Z', '2026-11-18T10:00:00Z')",
            "INSERT INTO request_question (request_id, position, question) VALUES (9001, 1, 'When?')",
            "INSERT INTO request (id, client_id, received_at, channel, subject, acknowledged_at) VALUES "
                    + "(9002, (SELECT min(id) FROM client), '2026-11-20T10:00:00Z', 'EMAIL', 'Odd date', '31/10/2026')",
            "INSERT INTO request (id, client_id, received_at, channel, subject) VALUES (9003, 9001, '2026-11-02T10:00:00Z', 'EMAIL', 'Fine')",
            "INSERT INTO survey_answer (id, question_text, client_id, answered_on, scale, value, method, phrasing) VALUES "
                    + "(9001, 'Recommend us?', 9001, '2026-11-10', 'RECOMMEND_0_10', 11, 'ORAL', 'POSITIVE')",
            "INSERT INTO survey_answer (id, question_text, client_id, answered_on, scale, value, method, phrasing) VALUES "
                    + "(9002, 'Recommend us?', (SELECT min(id) FROM client), '2026-11-10', 'RECOMMEND_0_10', 11, 'ORAL', 'POSITIVE')",
            "INSERT INTO survey_answer (id, question_text, client_id, answered_on, scale, value, method, phrasing) VALUES "
                    + "(9003, 'Recommend us?', 9001, '10/11/2026', 'RECOMMEND_0_10', 9, 'ORAL', 'POSITIVE')",
            "INSERT INTO survey_answer (id, question_text, client_id, answered_on, scale, value, method, phrasing) VALUES "
                    + "(9004, 'Recommend us?', 9001, '2026-11-11', 'RECOMMEND_0_10', 9, 'ORAL', 'POSITIVE')",
            "INSERT INTO promise (id, client_id, what, made_on, due, outcome, decided_on) VALUES "
                    + "(9001, 9001, 'Kept before made', '2026-11-10', '2026-11-20', 'KEPT', '2026-11-01')",
            "INSERT INTO promise (id, client_id, what, made_on, due) VALUES "
                    + "(9002, (SELECT min(id) FROM client), 'Odd due', '2026-10-01', '31/10/2026')",
            "INSERT INTO problem (id, client_id, raised_by, raised_on, description) VALUES "
                    + "(9001, 9001, 'CLIENT', '31/10/2026', 'Odd raised')",
            "INSERT INTO interaction (id, client_id, occurred_at, channel, title) VALUES (9001, 9001, 'yesterday', 'CALL', 'When?')",
            "INSERT INTO interaction (id, client_id, occurred_at, channel, title) VALUES "
                    + "(9002, 9001, '2026-11-03T10:00', 'CALL', 'Nul' || char(0) || 'here')",
            "INSERT INTO contact (id, client_id, name, phone) VALUES (9001, 9001, 'Formula Phone', '=cmd|'' /C calc''!A0')",
            "INSERT INTO contact_role (contact_id, client_id, title) VALUES (9001, 9001, '')",
    };

    @BeforeEach
    void aDemoJournalWithBadRows() {
        journal = dir.resolve("bad.rapport");
        assertThat(run("demo", journal.toString())).isZero();
        RawRows.write(journal, BAD_ROWS);
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
