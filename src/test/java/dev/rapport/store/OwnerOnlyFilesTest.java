package dev.rapport.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Rapport creates is its owner's only, whatever the umask: the permissions are given at
 * creation (a umask can only take bits away), so these exact checks hold under umask 000 too.
 */
class OwnerOnlyFilesTest {
    @TempDir
    Path dir;

    @Test
    void theJournalItsFoldersAndItsLockFileAreTheOwnersOnly() throws IOException {
        Path file = dir.resolve("new/folder/journal.rapport");
        try (Journal journal = Journal.open(file)) {
            assertThat(permissions(file.resolveSibling("journal.rapport.lock"))).isEqualTo("rw-------");
        }
        assertThat(permissions(file)).isEqualTo("rw-------");
        assertThat(permissions(dir.resolve("new"))).isEqualTo("rwx------");
        assertThat(permissions(dir.resolve("new/folder"))).isEqualTo("rwx------");
    }

    @Test
    void theBackupsFolderAndItsBackupsAreTheOwnersOnly() throws IOException {
        Path file = dir.resolve("journal.rapport");
        Path backup = BackupFiles.folder(file).resolve(BackupFiles.name(file, LocalDateTime.of(2026, 1, 2, 3, 4, 5)));
        try (Journal journal = Journal.open(file)) {
            journal.backupTo(backup);
        }
        assertThat(permissions(BackupFiles.folder(file))).isEqualTo("rwx------");
        assertThat(permissions(backup)).isEqualTo("rw-------");
    }

    @Test
    void aFileWrittenWholeIntoNewFoldersIsTheOwnersOnly() throws IOException {
        Path target = dir.resolve("exports/2026/clients.csv");
        SafeFiles.write(target, new byte[]{1, 2, 3});
        assertThat(permissions(target)).isEqualTo("rw-------");
        assertThat(permissions(dir.resolve("exports"))).isEqualTo("rwx------");
        assertThat(permissions(dir.resolve("exports/2026"))).isEqualTo("rwx------");
    }

    @Test
    void foldersThatExistAlreadyKeepTheirPermissions() throws IOException {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-x---"));
        SafeFiles.write(shared.resolve("x.csv"), new byte[]{1});
        assertThat(permissions(shared)).isEqualTo("rwxr-x---");
    }

    private static String permissions(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
