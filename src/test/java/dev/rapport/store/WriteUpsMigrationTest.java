package dev.rapport.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Schema 16 on a schema 15 journal with meetings: every meeting and entry kept, no write-up done yet;
 * then a write-up links an entry, an entry deleted lets its meeting wait again, a meeting deleted takes
 * its write-ups with it, and a time that is not an instant is refused by the journal itself.
 */
class WriteUpsMigrationTest {
    @TempDir
    Path dir;

    private Path schema15With(String... rows) throws Exception {
        Path file = dir.resolve("v15.rapport");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, 0, Migrations.versionAfter("V16__write_ups.sql") - 1);
        }
        RawRows.write(file, rows);
        return file;
    }

    @Test
    void aSchema15JournalKeepsItsMeetingsAndLinksWriteUpsAfterwards() throws Exception {
        Path file = schema15With(
                "INSERT INTO client (id, name) VALUES (7, 'Northwind')",
                "INSERT INTO contact (id, client_id, name) VALUES (3, 7, 'Ilona Kask')",
                "INSERT INTO meeting (id, uid, client_id, title, starts_at, ends_at, starts_utc, ends_utc, zone) VALUES "
                        + "(5, 'u-5', 7, 'Rollout review', '2026-11-03T10:00', '2026-11-03T11:00', '2026-11-03T08:00:00Z', "
                        + "'2026-11-03T09:00:00Z', 'Europe/Tallinn')",
                "INSERT INTO meeting_contact (meeting_id, contact_id) VALUES (5, 3)",
                "INSERT INTO interaction (id, client_id, occurred_at, occurred_utc, zone, channel, title) "
                        + "VALUES (1, 7, '2026-11-03T10:00', '2026-11-03T08:00:00Z', 'Europe/Tallinn', 'MEETING', 'Rollout review')");

        try (Journal journal = Journal.open(file)) {
            assertThat(journal.schemaVersion()).isGreaterThanOrEqualTo(Migrations.versionAfter("V16__write_ups.sql"));
            assertThat(rows(journal, "SELECT id, uid, title, starts_utc, ends_utc, zone FROM meeting")).containsExactly(
                    List.of("5", "u-5", "Rollout review", "2026-11-03T08:00:00Z", "2026-11-03T09:00:00Z", "Europe/Tallinn"));
            assertThat(rows(journal, "SELECT count(*) FROM meeting_writeup")).containsExactly(List.of("0"));

            WriteUpRepository writeUps = new WriteUpRepository(journal);
            assertThat(writeUps.present(List.of(5L)).get(5L)).extracting(WriteUpRepository.Present::name, WriteUpRepository.Present::clientId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Ilona Kask", 7L));
            writeUps.noticed(List.of(new long[] {5, 7}), Instant.parse("2026-11-03T09:10:00Z"));
            writeUps.link(5, 7, 1, 60);
            assertThat(writeUps.states(List.of(5L)).get("5-7")).extracting(s -> s.entryId(), s -> s.minutes(), s -> s.noticedAt(), s -> s.done())
                    .containsExactly(1L, 60, Instant.parse("2026-11-03T09:10:00Z"), true);

            journal.write(c -> c.createStatement().executeUpdate("DELETE FROM interaction WHERE id = 1"));
            assertThat(writeUps.states(List.of(5L)).get("5-7").done()).as("its entry gone, the meeting waits again").isFalse();

            assertThatThrownBy(() -> journal.write(c -> c.createStatement().executeUpdate(
                    "UPDATE meeting_writeup SET dismissed_utc = 'yesterday' WHERE meeting_id = 5")))
                    .hasMessageContaining(dev.rapport.i18n.I18n.t("validation.rule.notIsoDate"));

            journal.write(c -> c.createStatement().executeUpdate("DELETE FROM meeting WHERE id = 5"));
            assertThat(rows(journal, "SELECT count(*) FROM meeting_writeup")).containsExactly(List.of("0"));
        }
    }

    private static List<List<String>> rows(Journal journal, String sql) {
        return journal.read(c -> {
            List<List<String>> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getString(i));
                    }
                    out.add(row);
                }
            }
            return out;
        });
    }
}
