package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.store.WriteProtection;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A journal on a read-only folder or medium: read commands work, write commands refuse with a sentence, nothing says damaged. */
class ReadOnlyJournalCliTest {
    @TempDir
    Path dir;

    private final WriteProtection protection = new WriteProtection();
    private String out;
    private String err;

    @AfterEach
    void undoProtection() {
        protection.close();
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = RapportCommand.run(args, (journal, demo) -> { }, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void readCommandsWorkAndWriteCommandsRefuseOnReadOnlyMedia() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("disc"));
        Path journal = folder.resolve("j.rapport");
        assertThat(run("demo", journal.toString())).isZero();
        Path csv = Files.writeString(dir.resolve("people.csv"), "name,email,client\nNew Person,new@example.com,Acme\n");
        protection.protect(journal);
        protection.protect(folder);
        byte[] before = Files.readAllBytes(journal);

        assertThat(run("stats", "--journal", journal.toString())).as(err).isZero();
        assertThat(run("search", "--journal", journal.toString(), "sarunas")).as(err).isZero();
        assertThat(out).contains("Šarūnas");
        assertThat(run("backup", "--journal", journal.toString(), "--out", dir.resolve("copy.rapport").toString())).as(err).isZero();

        assertThat(run("import", "csv", csv.toString(), "--journal", journal.toString())).isEqualTo(1);
        assertThat(err).contains(I18n.t("files.journal.readOnly", "j.rapport"))
                .contains(I18n.t("files.journal.readOnlyRefused", "j.rapport"))
                .doesNotContain(I18n.t("files.journal.damaged", "j.rapport"));
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    }

    @Test
    void runningOutOfMemoryIsOneSentence() {
        StringWriter e = new StringWriter();
        int code = ErrorHandler.guard(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, new PrintWriter(e, true));
        assertThat(code).isEqualTo(1);
        assertThat(e.toString().strip()).isEqualTo("rapport: " + I18n.t("files.outOfMemory"));
    }

    @Test
    void anUnexpectedFailureNamesNoLibraryClass() {
        assertThat(ErrorHandler.unexpected(new java.io.UncheckedIOException(new java.io.IOException("No space left on device"))))
                .isEqualTo(I18n.t("cli.error.unexpected", "No space left on device"));
        assertThat(ErrorHandler.unexpected(new IllegalStateException())).isEqualTo(I18n.t("cli.error.unexpectedNoDetail"));
    }
}
