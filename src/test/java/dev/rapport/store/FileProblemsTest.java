package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.model.JournalOpenException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Cannot read X" always says why, in the user's words: permission denied, not found, a folder, a full or read-only disk. */
class FileProblemsTest {
    @TempDir
    Path dir;

    @Test
    void eachCommonReasonIsNamed() {
        Path file = dir.resolve("journal.rapport");
        assertThat(FileProblems.cannotRead(file, new AccessDeniedException(file.toString())))
                .isEqualTo(I18n.t("files.cannotRead", file.toString(), I18n.t("files.why.permission")));
        assertThat(FileProblems.cannotRead(file, new NoSuchFileException(file.toString())))
                .isEqualTo(I18n.t("files.cannotRead", file.toString(), I18n.t("files.why.notFound")));
        assertThat(FileProblems.why(new FileSystemException(file.toString(), null, "Is a directory")))
                .isEqualTo(I18n.t("files.why.folder"));
        assertThat(FileProblems.why(new FileSystemException(file.toString(), null, "Read-only file system")))
                .isEqualTo(I18n.t("files.why.readOnlyMedia"));
        assertThat(FileProblems.why(new IOException("No space left on device"))).isEqualTo(I18n.t("files.why.diskFull"));
    }

    @Test
    void aWriteRefusedByTheSystemSaysWhatToDo() {
        Path target = dir.resolve("out/clients.csv");
        assertThat(FileProblems.cannotWrite(target, new AccessDeniedException(target.toString())))
                .isEqualTo(I18n.t("files.noPermission", dir.resolve("out").toString(), "clients.csv"));
        assertThat(FileProblems.cannotWrite(target, new IOException("No space left on device")))
                .isEqualTo(I18n.t("files.diskFull", dir.resolve("out").toString(), "clients.csv"));
    }

    @Test
    void aJournalPathThatIsAFolderIsNamedAsSuchAndNotCalledDamaged() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("looks-like-a-journal.rapport"));
        assertThatThrownBy(() -> Journal.open(folder, true))
                .isInstanceOfSatisfying(JournalOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(JournalOpenException.Reason.NOT_A_JOURNAL));
    }
}
