package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.model.RapportException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A write that fails at any point leaves the previous file unchanged and nothing behind. */
class SafeFilesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "failing at write {0}")
    @ValueSource(ints = {1, 2, 3, 5, 8, 13})
    void aWriteFailingAtTheNthChunkChangesNothing(int failAt) throws Exception {
        Path target = dir.resolve("export.csv");
        Files.writeString(target, "previous content");
        for (int attempt = 0; attempt < 2; attempt++) { // once, then again: a persistent failure
            assertThatThrownBy(() -> SafeFiles.write(target, out -> {
                for (int chunk = 1; chunk <= 20; chunk++) {
                    if (chunk == failAt) {
                        throw new IOException("No space left on device");
                    }
                    out.write(("row " + chunk + "\n").getBytes(StandardCharsets.UTF_8));
                }
            })).isInstanceOf(RapportException.class).hasMessage(I18n.t("files.diskFull", dir.toAbsolutePath().toString(), "export.csv"));
            assertThat(Files.readString(target)).isEqualTo("previous content");
            assertThat(files()).containsExactly("export.csv");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "longer content ✓ Šarūnas Олена"})
    void aSuccessfulWriteReplacesTheFileWhole(String content) throws Exception {
        Path target = dir.resolve("settings.json");
        Files.writeString(target, "old");
        SafeFiles.write(target, content.getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo(content);
        assertThat(files()).containsExactly("settings.json");
    }

    private String[] files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }
}
