package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalFilter;
import dev.rapport.model.RapportException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writes that fail — the Nth row, a full disk, a read-only file — say so and store nothing of the change. */
class WriteFailuresTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "the save fails at row {0}")
    @ValueSource(ints = {1, 2, 3, 10})
    void aSaveFailingAtTheNthRowStoresNothingOfIt(int n) {
        try (Journal journal = Journal.open(dir.resolve("j.rapport"))) {
            Client c = new ClientRepository(journal).save(Client.create("Acme"));
            InteractionRepository entries = new InteractionRepository(journal);
            entries.save(entry(c, "kept"));
            failNthInsert(journal, n);
            List<Interaction> batch = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                batch.add(entry(c, "batch " + i));
            }
            for (int attempt = 0; attempt < 2; attempt++) {
                assertThatThrownBy(() -> entries.saveAll(batch)).isInstanceOf(RapportException.class)
                        .hasMessage(I18n.t("files.journal.failed", "j.rapport"));
                assertThat(entries.count(JournalFilter.ALL)).isEqualTo(1);
            }
        }
    }

    @Test
    void aFullDiskIsExplainedAndTheJournalKeepsWhatItHad() {
        try (Journal journal = Journal.open(dir.resolve("j.rapport"))) {
            Client c = new ClientRepository(journal).save(Client.create("Acme"));
            InteractionRepository entries = new InteractionRepository(journal);
            entries.save(entry(c, "kept"));
            int pages = journal.read(conn -> {
                try (Statement s = conn.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
                    return rs.getInt(1);
                }
            });
            journal.read(conn -> {
                try (Statement s = conn.createStatement()) {
                    s.execute("PRAGMA max_page_count = " + pages);
                }
                return null;
            });
            Interaction huge = new Interaction(0, c.id(), LocalDateTime.of(2026, 1, 1, 9, 0), Channel.CALL, "huge",
                    "x".repeat(90_000), "y".repeat(90_000), List.of(), null, List.of());
            assertThatThrownBy(() -> entries.save(huge)).isInstanceOf(RapportException.class)
                    .hasMessage(I18n.t("files.journal.diskFull", "j.rapport"));
            assertThat(entries.count(JournalFilter.ALL)).isEqualTo(1);
        }
    }

    @Test
    void aDiskFillingInsideAWriteShowsTheRealCauseNotTheCleanUpsFailure() {
        try (Journal journal = Journal.open(dir.resolve("j.rapport"))) {
            ClientRepository clients = new ClientRepository(journal);
            clients.save(Client.create("Kept"));
            // What SQLite does when the disk fills at commit: it rolls the transaction back itself and
            // reports SQLITE_FULL; the clean-up then finds no transaction and fails as well.
            assertThatThrownBy(() -> journal.write(c -> {
                clients.save(Client.create("Lost"));
                try (Statement s = c.createStatement()) {
                    s.execute("ROLLBACK");
                }
                throw new org.sqlite.SQLiteException("[SQLITE_FULL] database or disk is full",
                        org.sqlite.SQLiteErrorCode.SQLITE_FULL);
            })).isInstanceOf(RapportException.class)
                    .hasMessage(I18n.t("files.journal.diskFull", "j.rapport"))
                    .satisfies(e -> assertThat(e.getCause().getSuppressed()).as("the clean-up's own failure, kept").isNotEmpty());
            assertThat(clients.count()).isEqualTo(1);
            clients.save(Client.create("Saved once there is space"));
            assertThat(clients.count()).isEqualTo(2);
        }
    }

    @Test
    void aReadOnlyJournalIsExplained() {
        try (Journal journal = Journal.open(dir.resolve("j.rapport"))) {
            journal.read(conn -> {
                try (Statement s = conn.createStatement()) {
                    s.execute("PRAGMA query_only = 1");
                }
                return null;
            });
            assertThatThrownBy(() -> new ClientRepository(journal).save(Client.create("Acme")))
                    .isInstanceOf(RapportException.class).hasMessage(I18n.t("files.journal.cannotWrite", "j.rapport"));
        }
    }

    @Test
    void aBackupIntoAFolderThatCannotBeMadeLeavesNothingBehind() throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the backup folder should be");
        try (Journal journal = Journal.open(dir.resolve("j.rapport"))) {
            assertThatThrownBy(() -> journal.backupTo(blocker.resolve("backup.rapport"))).isInstanceOf(RapportException.class);
        }
        assertThat(Files.readString(blocker)).startsWith("a file");
    }

    private static void failNthInsert(Journal journal, int n) {
        journal.read(conn -> {
            try (Statement s = conn.createStatement()) {
                s.execute("CREATE TEMP TABLE write_count (n INTEGER)");
                s.execute("INSERT INTO write_count VALUES (0)");
                s.execute("CREATE TEMP TRIGGER fail_nth BEFORE INSERT ON main.interaction BEGIN "
                        + "UPDATE write_count SET n = n + 1; "
                        + "SELECT RAISE(ABORT, 'injected write failure') WHERE (SELECT n FROM write_count) % " + n + " = 0; END");
            }
            return null;
        });
    }

    private static Interaction entry(Client c, String title) {
        return new Interaction(0, c.id(), LocalDateTime.of(2026, 1, 1, 9, 0), Channel.CALL, title, "s", "p", List.of("t"),
                null, List.of());
    }
}
