package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.KeyPattern;
import dev.rapport.model.JournalOpenException;
import dev.rapport.model.JournalOpenException.Reason;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalTest {
    @TempDir
    Path dir;

    @Test
    void newJournalIsCreatedWithTheLatestSchemaInWalModeWithForeignKeys() {
        Path file = dir.resolve("sub/folder/journal.rapport");
        try (Journal journal = Journal.open(file)) {
            assertThat(journal.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(pragma(journal, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(journal, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(journal, "synchronous")).isEqualTo("2"); // FULL
            assertThat(pragma(journal, "busy_timeout")).isEqualTo("5000");
            assertThat(pragma(journal, "application_id")).isEqualTo(Integer.toString(JournalFileCheck.APPLICATION_ID));
        }
        assertThat(file).exists();
    }

    @Test
    void newJournalIsReadableByItsOwnerOnly() throws IOException {
        Path file = dir.resolve("journal.rapport");
        Journal.open(file).close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void dataSurvivesReopening() {
        Path file = dir.resolve("journal.rapport");
        try (Journal journal = Journal.open(file)) {
            new ClientRepository(journal).save(dev.rapport.model.Client.create("Acme"));
        }
        try (Journal journal = Journal.open(file)) {
            assertThat(new ClientRepository(journal).all()).extracting(c -> c.name()).containsExactly("Acme");
        }
    }

    @Test
    void aTextFileIsRefusedAndLeftUnchanged() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "Dear diary, this is not a database.\n");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Journal.open(file))
                .isInstanceOfSatisfying(JournalOpenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_JOURNAL))
                .satisfies(e -> assertThat(e.getMessage()).containsPattern(KeyPattern.of("files.notAJournal", "notes.txt", KeyPattern.ANY)));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("notes.txt-wal")).doesNotExist();
    }

    @Test
    void aTruncatedJournalIsRefusedAsDamagedAndLeftUnchanged() throws IOException {
        Path file = dir.resolve("journal.rapport");
        try (Journal journal = Journal.open(file)) {
            ClientRepository clients = new ClientRepository(journal);
            for (int i = 0; i < 200; i++) {
                clients.save(dev.rapport.model.Client.create("Client " + i));
            }
        }
        byte[] whole = Files.readAllBytes(file);
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        Files.write(file, half);
        assertThatThrownBy(() -> Journal.open(file))
                .isInstanceOfSatisfying(JournalOpenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED))
                .satisfies(e -> assertThat(e.getMessage()).containsPattern(KeyPattern.of("files.journal.damaged", KeyPattern.ANY)));
        assertThat(Files.readAllBytes(file)).isEqualTo(half);
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipe (name TEXT)");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Journal.open(file))
                .isInstanceOfSatisfying(JournalOpenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_JOURNAL));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aJournalFromANewerRapportIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("journal.rapport");
        Journal.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Migrations.latestVersion() + 1));
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Journal.open(file))
                .isInstanceOfSatisfying(JournalOpenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NEWER_VERSION))
                .satisfies(e -> assertThat(e.getMessage()).containsPattern(KeyPattern.of("files.journal.newer", KeyPattern.ANY, KeyPattern.ANY,
                        KeyPattern.ANY)));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aSecondWriterIsRefusedWhileTheFirstHoldsTheJournal() {
        Path file = dir.resolve("journal.rapport");
        try (Journal first = Journal.open(file)) {
            assertThatThrownBy(() -> Journal.open(file))
                    .isInstanceOfSatisfying(JournalOpenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED))
                    .satisfies(e -> assertThat(e.getMessage()).containsPattern(KeyPattern.of("files.journal.locked", KeyPattern.ANY)));
            assertThat(first.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
        Journal.open(file).close();
    }

    @Test
    void aReaderMayOpenBesideTheWriter() {
        Path file = dir.resolve("journal.rapport");
        try (Journal writer = Journal.open(file)) {
            new ClientRepository(writer).save(dev.rapport.model.Client.create("Acme"));
            try (Journal reader = Journal.open(file, true)) {
                assertThat(new ClientRepository(reader).count()).isEqualTo(1);
                assertThatThrownBy(() -> new ClientRepository(reader).save(dev.rapport.model.Client.create("Beta")))
                        .hasMessage(I18n.t("files.journal.openedReadOnly"));
            }
        }
    }

    private static String pragma(Journal journal, String name) {
        return journal.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Test
    void writesInsideOneTransactionAreStoredTogetherOrNotAtAll() {
        try (Journal journal = Journal.open(dir.resolve("journal.rapport"))) {
            ClientRepository clients = new ClientRepository(journal);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> journal.inOneTransaction(() -> {
                clients.save(dev.rapport.model.Client.create("First"));
                clients.save(dev.rapport.model.Client.create("Second"));
                throw new IllegalStateException("stop half-way");
            })).hasMessage("stop half-way");
            assertThat(clients.count()).isZero();
            journal.inOneTransaction(() -> {
                clients.save(dev.rapport.model.Client.create("First"));
                return clients.save(dev.rapport.model.Client.create("Second"));
            });
            assertThat(clients.count()).isEqualTo(2);
        }
    }
}
