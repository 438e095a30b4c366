package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.LocalFormats;
import dev.rapport.model.Client;
import dev.rapport.model.JournalOpenException;
import dev.rapport.model.JournalOpenException.Reason;
import dev.rapport.model.RapportException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sound journal is never called damaged: only SQLite, with its WAL, decides that; what it cannot write opens read-only. */
class SoundJournalTest {
    private static final int BIG_COMMIT = 600;

    @TempDir
    Path dir;

    private final WriteProtection protection = new WriteProtection();

    @AfterEach
    void undoProtection() {
        protection.close();
    }

    @Test
    void aJournalKilledDuringTheCheckpointAfterALargeCommitOpensWithEveryRow() throws Exception {
        Path copy = killedMidCheckpoint(dir.resolve("journal.rapport"), dir.resolve("copy"), false);
        assertThat(shorterThanItsHeaderSays(copy)).as("the state the start-up check used to call damaged").isTrue();

        try (Journal reader = Journal.open(copy, true)) {
            assertThat(new ClientRepository(reader).count()).isEqualTo(BIG_COMMIT + 1);
        }
        try (Journal journal = Journal.open(copy)) {
            assertThat(new ClientRepository(journal).count()).isEqualTo(BIG_COMMIT + 1);
            assertThat(journal.quickCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aDiskFullDuringTheCheckpointLeavesAJournalThatOpensOnceThereIsSpace() throws Exception {
        // The checkpoint stopped part-way into a page: the main file ends mid-page, the WAL holds everything.
        Path copy = killedMidCheckpoint(dir.resolve("journal.rapport"), dir.resolve("copy"), true);
        assertThat(shorterThanItsHeaderSays(copy)).isTrue();

        for (int open = 0; open < 2; open++) {
            try (Journal journal = Journal.open(copy)) {
                assertThat(new ClientRepository(journal).count()).isEqualTo(BIG_COMMIT + 1 + open);
                new ClientRepository(journal).save(Client.create("After the disk was freed " + open));
            }
        }
        assertThat(shorterThanItsHeaderSays(copy)).as("the checkpoint finished once there was space").isFalse();
        assertThat(Journal.integrityCheck(copy)).isEqualTo("ok");
    }

    @Test
    void aJournalInAReadOnlyFolderOpensReadOnlyAndSaysSo() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("shelf"));
        Path file = journalWithClients(folder.resolve("journal.rapport"), 3);
        byte[] before = Files.readAllBytes(file);
        protection.protect(folder);

        assertOpensReadOnlyWithEveryRow(file, 3);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aReadOnlyJournalFileOpensReadOnlyAndSaysSo() throws Exception {
        Path file = journalWithClients(dir.resolve("journal.rapport"), 2);
        byte[] before = Files.readAllBytes(file);
        protection.protect(file);

        assertOpensReadOnlyWithEveryRow(file, 2);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aJournalOnReadOnlyMediaOpensReadOnlyAndSaysSo() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("disc"));
        Path file = journalWithClients(folder.resolve("journal.rapport"), 4);
        protection.protect(file);
        protection.protect(folder);

        assertOpensReadOnlyWithEveryRow(file, 4);
    }

    @Test
    void anEncryptedJournalInAReadOnlyFolderOpensReadOnlyAndSaysSo() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("sealed"));
        Path file = folder.resolve("journal.rapport");
        try (Journal journal = Journal.openEncrypted(file, "a long passphrase".toCharArray())) {
            new ClientRepository(journal).save(Client.create("Acme"));
        }
        protection.protect(folder);

        try (Journal journal = Journal.openEncrypted(file, "a long passphrase".toCharArray())) {
            assertThat(journal.isReadOnly()).isTrue();
            assertThat(journal.readOnlyNotice()).isEqualTo(I18n.t("files.journal.readOnly", "journal.rapport"));
            assertThat(new ClientRepository(journal).count()).isEqualTo(1);
            assertThatThrownBy(() -> new ClientRepository(journal).save(Client.create("Refused")))
                    .hasMessage(I18n.t("files.journal.readOnlyRefused", "journal.rapport"));
        }
    }

    @Test
    void aLeftoverReadOnlySharedMemoryFileDoesNotBlockWrites() throws Exception {
        Path file = dir.resolve("journal.rapport");
        Path shm = dir.resolve("journal.rapport-shm");
        byte[] shmBytes;
        try (Journal journal = Journal.open(file)) {
            new ClientRepository(journal).save(Client.create("Acme"));
            shmBytes = Files.readAllBytes(shm);
        }
        Files.write(shm, shmBytes);
        Files.setPosixFilePermissions(shm, PosixFilePermissions.fromString("r--r--r--"));

        try (Journal journal = Journal.open(file)) {
            assertThat(journal.isReadOnly()).isFalse();
            new ClientRepository(journal).save(Client.create("Beta"));
        }
        try (Journal journal = Journal.open(file, true)) {
            assertThat(new ClientRepository(journal).count()).isEqualTo(2);
        }
    }

    @Test
    void anEmptyFileIsANewJournalNotAnOldOne() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.rapport"));
        assertThatThrownBy(() -> Journal.open(file, true))
                .isInstanceOf(JournalOpenException.class)
                .hasMessage(I18n.t("files.journal.empty", "empty.rapport"));
        assertThat(Files.size(file)).isZero();

        try (Journal journal = Journal.open(file)) {
            assertThat(journal.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(new ClientRepository(journal).count()).isZero();
        }
    }

    @Test
    void aReallyDamagedJournalSaysWhatRestoringTheNewestBackupWouldLose() throws Exception {
        Path file = journalWithClients(dir.resolve("journal.rapport"), 200);
        LocalDateTime backupTime = LocalDateTime.of(2026, 3, 1, 9, 30, 0);
        try (Journal journal = Journal.open(file)) {
            journal.backupTo(BackupFiles.folder(file).resolve(BackupFiles.name(file, backupTime)));
        }
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        LocalDateTime lastChange = LocalDateTime.of(2026, 3, 4, 17, 5, 0);
        Files.setLastModifiedTime(file, FileTime.from(lastChange.atZone(ZoneId.systemDefault()).toInstant()));

        var locale = I18n.messages().locale();
        assertThatThrownBy(() -> Journal.open(file))
                .isInstanceOfSatisfying(JournalOpenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED))
                .hasMessage(I18n.t("files.journal.damaged", "journal.rapport") + " "
                        + I18n.t("files.journal.damaged.backupLoses", LocalFormats.dateTime(backupTime, locale),
                        LocalFormats.dateTime(lastChange, locale)));
    }

    @Test
    void aDamagedJournalWithABackupAsRecentAsItsLastChangeSaysNothingIsLost() throws Exception {
        Path file = journalWithClients(dir.resolve("journal.rapport"), 200);
        LocalDateTime backupTime = LocalDateTime.of(2026, 3, 4, 18, 0, 0);
        try (Journal journal = Journal.open(file)) {
            journal.backupTo(BackupFiles.folder(file).resolve(BackupFiles.name(file, backupTime)));
        }
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        Files.setLastModifiedTime(file, FileTime.from(LocalDateTime.of(2026, 3, 4, 17, 5, 0).atZone(ZoneId.systemDefault()).toInstant()));

        assertThatThrownBy(() -> Journal.open(file, true))
                .hasMessage(I18n.t("files.journal.damaged", "journal.rapport") + " "
                        + I18n.t("files.journal.damaged.backupCurrent", LocalFormats.dateTime(backupTime, I18n.messages().locale())));
    }

    private void assertOpensReadOnlyWithEveryRow(Path file, int clients) {
        try (Journal journal = Journal.open(file)) {
            assertThat(journal.isReadOnly()).isTrue();
            assertThat(journal.readOnlyNotice()).isEqualTo(I18n.t("files.journal.readOnly", "journal.rapport"));
            assertThat(new ClientRepository(journal).count()).isEqualTo(clients);
            assertThatThrownBy(() -> new ClientRepository(journal).save(Client.create("Refused")))
                    .isInstanceOf(RapportException.class)
                    .hasMessage(I18n.t("files.journal.readOnlyRefused", "journal.rapport"));
        }
        try (Journal reader = Journal.open(file, true)) {
            assertThat(new ClientRepository(reader).count()).isEqualTo(clients);
            assertThat(reader.readOnlyNotice()).isNull();
        }
    }

    private static Path journalWithClients(Path file, int n) {
        try (Journal journal = Journal.open(file)) {
            ClientRepository clients = new ClientRepository(journal);
            journal.inOneTransaction(() -> {
                for (int i = 0; i < n; i++) {
                    clients.save(Client.create("Client " + i));
                }
                return null;
            });
        }
        return file;
    }

    /**
     * The files a checkpoint leaves when it is stopped part-way: the WAL still whole, the main
     * file already given its new header (and, when the disk filled, part of a page more) but not
     * yet its new pages. Built from a copy of the WAL taken before the checkpoint and the main
     * file as the checkpoint wrote it, cut back.
     */
    private static Path killedMidCheckpoint(Path file, Path folder, boolean partOfAPageMore) throws Exception {
        Files.createDirectories(folder);
        Path copy = folder.resolve(file.getFileName());
        try (Journal journal = Journal.open(file)) {
            ClientRepository clients = new ClientRepository(journal);
            clients.save(Client.create("Before"));
            pragma(journal, "wal_checkpoint(TRUNCATE)");
            pragma(journal, "wal_autocheckpoint = 0");
            long sizeBefore = Files.size(file);
            journal.inOneTransaction(() -> {
                for (int i = 0; i < BIG_COMMIT; i++) {
                    clients.save(Client.create("Client " + i + " " + "x".repeat(150)));
                }
                return null;
            });
            Files.copy(file.resolveSibling(file.getFileName() + "-wal"), folder.resolve(file.getFileName() + "-wal"));
            pragma(journal, "wal_checkpoint(FULL)");
            byte[] checkpointed = Files.readAllBytes(file);
            long cut = sizeBefore + (partOfAPageMore ? 1000 : 0);
            Files.write(copy, Arrays.copyOf(checkpointed, (int) cut));
        }
        return copy;
    }

    private static void pragma(Journal journal, String pragma) {
        journal.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA " + pragma);
            }
            return null;
        });
    }

    private static boolean shorterThanItsHeaderSays(Path file) throws IOException {
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(100);
        }
        ByteBuffer b = ByteBuffer.wrap(header);
        long pageSize = Short.toUnsignedInt(b.getShort(16));
        long pages = Integer.toUnsignedLong(b.getInt(28));
        return Files.size(file) < pages * pageSize;
    }
}
