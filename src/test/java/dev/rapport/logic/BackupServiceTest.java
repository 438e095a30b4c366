package dev.rapport.logic;

import dev.rapport.model.Client;
import dev.rapport.model.JournalOpenException;
import dev.rapport.model.RapportException;
import dev.rapport.store.BackupFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupServiceTest {
    private static final Clock DAY1 = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC"));
    private static final Clock DAY2 = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;

    @Test
    void aBackupIsACheckedOwnerOnlyCopyInTheBackupsFolder() throws Exception {
        Path journal = dir.resolve("journal.rapport");
        try (JournalSession s = JournalSession.open(journal, DAY1)) {
            s.clients().save(Client.create("Acme"));
            Path backup = s.backups().backupNow(null);
            assertThat(backup.getParent()).isEqualTo(dir.resolve("backups"));
            assertThat(backup.getFileName().toString()).isEqualTo("journal-2026-11-25T10-00-00.rapport");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
            assertThat(BackupService.preview(backup).clients()).isEqualTo(1);
            assertThat(s.backups().list()).hasSize(1);
        }
        assertThat(leftovers(dir.resolve("backups"))).isZero();
    }

    @Test
    void theAutomaticBackupRunsAtMostOnceADay() {
        Path journal = dir.resolve("journal.rapport");
        try (JournalSession s = JournalSession.open(journal, DAY1)) {
            assertThat(s.backups().automaticBackup(7, 4)).isNotNull();
            assertThat(s.backups().automaticBackup(7, 4)).isNull();
        }
        try (JournalSession s = JournalSession.open(journal, DAY2)) {
            assertThat(s.backups().automaticBackup(7, 4)).isNotNull();
            assertThat(s.backups().list()).hasSize(2);
        }
    }

    @Test
    void restoreKeepsTheCurrentJournalAsideAndBringsBackTheCopy() throws Exception {
        Path journal = dir.resolve("journal.rapport");
        Path backup;
        try (JournalSession s = JournalSession.open(journal, DAY1)) {
            s.clients().save(Client.create("Before"));
            backup = s.backups().backupNow(null);
            s.clients().save(Client.create("After"));
        }
        Path aside = BackupService.restore(journal, backup, DAY2);
        assertThat(aside.getFileName().toString()).startsWith("journal.rapport.before-restore-");
        try (JournalSession s = JournalSession.open(journal, DAY2)) {
            assertThat(s.clients().all()).extracting(Client::name).containsExactly("Before");
        }
        try (JournalSession s = JournalSession.open(aside, DAY2)) {
            assertThat(s.clients().all()).extracting(Client::name).containsExactly("After", "Before");
        }
    }

    @Test
    void restoreIsRefusedWhileTheJournalIsOpenAndChangesNothing() {
        Path journal = dir.resolve("journal.rapport");
        try (JournalSession s = JournalSession.open(journal, DAY1)) {
            Path backup = s.backups().backupNow(null);
            assertThatThrownBy(() -> BackupService.restore(journal, backup, DAY1)).isInstanceOf(JournalOpenException.class)
                    .hasMessageContaining("already open");
            assertThat(s.clients().count()).isZero();
        }
    }

    @Test
    void aDamagedBackupIsRefusedBeforeAnythingMoves() throws Exception {
        Path journal = dir.resolve("journal.rapport");
        JournalSession.open(journal, DAY1).close();
        Path bad = dir.resolve("bad.rapport");
        Files.writeString(bad, "garbage");
        assertThatThrownBy(() -> BackupService.restore(journal, bad, DAY1)).isInstanceOf(RapportException.class)
                .hasMessageContaining("not a sound backup");
        assertThat(journal).exists();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
    }

    @Test
    void oldBackupsRotateOut() throws Exception {
        Path journal = dir.resolve("journal.rapport");
        Files.createDirectories(BackupFiles.folder(journal));
        try (JournalSession s = JournalSession.open(journal, DAY1)) {
            for (int i = 1; i <= 20; i++) {
                s.backups().backupNow(BackupFiles.folder(journal).resolve(
                        BackupFiles.name(journal, java.time.LocalDateTime.parse("2026-11-25T08:00").minusDays(i))));
            }
            assertThat(s.backups().prune(7, 4)).isEqualTo(20 - 7 - 2);
            assertThat(s.backups().list()).hasSize(9);
        }
    }

    private static long leftovers(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }
}
