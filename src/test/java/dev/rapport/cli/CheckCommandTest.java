package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.store.RawRows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rapport check} names each row that breaks a domain rule, with its field, the rule and a way to fix it. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    @AfterEach
    void english() {
        I18n.use(Language.ENGLISH);
    }

    private int run(String lang, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = RapportCommand.run(args, (j, demo) -> { }, new PrintWriter(o, true), new PrintWriter(e, true), lang);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private Path demo() {
        Path journal = dir.resolve("demo.rapport");
        assertThat(run("en", "demo", journal.toString())).isZero();
        return journal;
    }

    @Test
    void aSoundJournalHasNothingToName() {
        Path journal = demo();
        assertThat(run("en", "check", "--journal", journal.toString())).isZero();
        assertThat(out).isEmpty();
        assertThat(err).contains(I18n.t("cli.check.clean"));
        assertThat(run("en", "check", "--json", "--journal", journal.toString())).isZero();
        assertThat(out).contains("\"badRows\" : 0");
    }

    @Test
    void eachBadRowIsNamedWithItsFieldTheRuleAndAFix() {
        Path journal = demo();
        RawRows.write(journal, RawRows.RULE_BREAKING);
        for (Language language : Language.values()) {
            assertThat(run(language.code(), "check", "--journal", journal.toString())).isEqualTo(1);
            List<String> lines = List.of(out.split("\\R"));
            assertThat(lines).contains(String.join("\t", "request", "9001", "Broken Ltd", "acknowledged_at",
                    I18n.t("validation.request.ackBeforeReceived"), I18n.t("cli.check.fixAtClient", "Broken Ltd", "acknowledged_at")));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("survey_answer\t9001\tBroken Ltd\tvalue\t")
                    .contains(I18n.t("validation.survey.outsideScale", "11", dev.rapport.model.SurveyScale.RECOMMEND_0_10.label(), "0", "10")));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("promise\t9002\t").contains("\tdue\t")
                    .contains(I18n.t("validation.notIsoDate", "due", "31/10/2026")));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("promise\t9001\tBroken Ltd\tdecided_on\t"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("problem\t9001\tBroken Ltd\traised_on\t"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("interaction\t9001\tBroken Ltd\toccurred_at\t"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("interaction\t9002\tBroken Ltd\ttitle\t")
                    .contains("U+0000"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("contact\t9001\tBroken Ltd\tphone\t"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("client\t9002\t").contains("\tname\t")
                    .endsWith(I18n.t("cli.check.fix", "name")));
            assertThat(err).contains(I18n.plural("cli.check.found", lines.size()));
        }
    }

    @Test
    void theJsonNamesTheSameRows() throws Exception {
        Path journal = demo();
        RawRows.write(journal, RawRows.RULE_BREAKING);
        assertThat(run("en", "check", "--json", "--journal", journal.toString())).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(out);
        List<String> named = new ArrayList<>();
        doc.get("rows").forEach(r -> named.add(r.get("table").asText() + " " + r.get("row").asText() + " " + r.get("field").asText()));
        assertThat(named).contains("request 9001 acknowledged_at", "request 9002 acknowledged_at", "survey_answer 9001 value",
                "survey_answer 9002 value", "survey_answer 9003 answered_on", "promise 9001 decided_on", "promise 9002 due",
                "problem 9001 raised_on", "interaction 9001 occurred_at", "interaction 9002 title", "contact 9001 phone",
                "client 9002 name");
        assertThat(named).doesNotContain("request 9003 acknowledged_at", "survey_answer 9004 value");
        assertThat(doc.get("badRows").asInt()).isEqualTo(named.size());
        doc.get("rows").forEach(r -> assertThat(r.get("fix").asText()).isNotBlank());
    }
}
