package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.model.RapportException;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Schema 9 puts the domain's simple rules into the journal (triggers): a journal that already holds
 * rows breaking them is upgraded with every row kept, and from then on no write — whatever the door —
 * stores such a row; the refusal is a sentence in the user's language, not SQLite's.
 */
class RulesMigrationTest {
    @TempDir
    Path dir;

    private static final String CLIENT = "INSERT INTO client (id, name) VALUES (1, 'Acme')";

    @Test
    void aJournalHoldingBadRowsIsUpgradedWithEveryRowKept() {
        Path file = dir.resolve("old.rapport");
        RawRows.writeBeforeRules(file, CLIENT,
                "INSERT INTO request (id, client_id, received_at, channel, acknowledged_at) "
                        + "VALUES (1, 1, '2026-11-20T10:00:00Z', 'EMAIL', '2026-11-19T10:00:00Z')",
                "INSERT INTO survey_answer (id, question_text, client_id, answered_on, scale, value, method, phrasing) "
                        + "VALUES (1, 'Recommend?', 1, '31/10/2026', 'RECOMMEND_0_10', 11, 'ORAL', 'POSITIVE')");
        try (Journal j = Journal.open(file)) {
            assertThat(j.schemaVersion()).isEqualTo(Migrations.latestVersion());
            int requests = j.read(c -> Rows.count(c, "SELECT count(*) FROM request"));
            int answers = j.read(c -> Rows.count(c, "SELECT count(*) FROM survey_answer"));
            assertThat(requests).isEqualTo(1);
            assertThat(answers).isEqualTo(1);
            assertThat(new JournalCheck(j).breaches()).extracting(b -> b.table() + "." + b.field())
                    .containsExactly("request.acknowledged_at", "survey_answer.answered_on");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "INSERT INTO request (client_id, received_at, channel, acknowledged_at) VALUES (1, '2026-11-20T10:00:00Z', 'EMAIL', '2026-11-19T10:00:00Z')|validation.request.ackBeforeReceived",
            "INSERT INTO request (client_id, received_at, channel, answered_at) VALUES (1, '2026-11-20T10:00:00Z', 'EMAIL', '2026-11-20T09:59:00Z')|validation.request.answerBeforeReceived",
            "INSERT INTO survey_answer (question_text, client_id, answered_on, scale, value, method, phrasing) VALUES ('Q', 1, '2026-11-01', 'RECOMMEND_0_10', 11, 'ORAL', 'POSITIVE')|validation.rule.outsideScale",
            "INSERT INTO survey_answer (question_text, client_id, answered_on, scale, value, method, phrasing) VALUES ('Q', 1, '2026-11-01', 'SATISFACTION_1_5', 0, 'ORAL', 'POSITIVE')|validation.rule.outsideScale",
            "INSERT INTO survey_answer (question_text, client_id, answered_on, scale, value, method, phrasing) VALUES ('Q', 1, '31/10/2026', 'YES_NO', 1, 'ORAL', 'POSITIVE')|validation.rule.notIsoDate",
            "INSERT INTO promise (client_id, what, made_on, due, outcome, decided_on) VALUES (1, 'W', '2026-11-10', '2026-11-20', 'KEPT', '2026-11-01')|validation.rule.promiseDates",
            "INSERT INTO promise (client_id, what, made_on, due) VALUES (1, 'W', '2026-11-10', '2026-02-30')|validation.rule.notIsoDate",
            "INSERT INTO problem (client_id, raised_by, raised_on, description, target) VALUES (1, 'CLIENT', '2026-11-10', 'D', '2026-11-09')|validation.rule.problemDates",
            "INSERT INTO contact (client_id, name, phone) VALUES (1, 'Ann', '=1+1')|validation.rule.phone",
            "INSERT INTO contact (client_id, name, email) VALUES (1, 'Ann', 'new,sophie@example.com')|validation.rule.email",
            "INSERT INTO contact (client_id, name, phone) VALUES (1, 'Ann', '-2+3')|validation.rule.phone",
            "INSERT INTO client (name) VALUES (replace(hex(zeroblob(101)), '0', 'x'))|validation.rule.name",
            "UPDATE client SET rhythm_ideal_days = 0 WHERE id = 1|validation.rule.rhythm",
            "INSERT INTO response_target (client_id, acknowledge_hours) VALUES (1, 0)|validation.targets.acknowledge",
    })
    void aRowBreakingARuleIsRefusedByTheJournalItself(String sql, String key) {
        try (Journal j = Journal.open(dir.resolve("new.rapport"))) {
            j.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute(CLIENT);
                }
                return null;
            });
            assertThatThrownBy(() -> j.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute(sql);
                }
                return null;
            })).isInstanceOf(RapportException.class).hasMessage(I18n.t("data.store.refused", I18n.t(key)));
        }
    }

    @Test
    void goodRowsStillGoIn() throws SQLException {
        try (Journal j = Journal.open(dir.resolve("new.rapport"))) {
            j.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute(CLIENT);
                    s.execute("INSERT INTO request (client_id, received_at, channel, acknowledged_at, answered_at) "
                            + "VALUES (1, '2026-11-20T10:00:00Z', 'EMAIL', '2026-11-20T10:00:00Z', '2026-11-21T10:00:00Z')");
                    s.execute("INSERT INTO survey_answer (question_text, client_id, answered_on, scale, value, method, phrasing) "
                            + "VALUES ('Q', 1, '2026-11-01', 'RECOMMEND_0_10', 10, 'ORAL', 'POSITIVE')");
                    s.execute("INSERT INTO contact (client_id, name, phone, email) VALUES (1, 'Ann', '+40 (21) 000-11.22', 'ann@example.com')");
                }
                return null;
            });
            assertThat(new JournalCheck(j).breaches()).isEmpty();
        }
    }

    @Test
    void aDuplicateIsRefusedInTheUsersWords() {
        try (Journal j = Journal.open(dir.resolve("new.rapport"))) {
            assertThatThrownBy(() -> j.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute(CLIENT);
                    s.execute("INSERT INTO client (name) VALUES ('ACME')");
                }
                return null;
            })).isInstanceOf(RapportException.class).hasMessage(I18n.t("data.store.unique", "name"))
                    .hasMessageNotContaining("UNIQUE");
        }
    }
}
