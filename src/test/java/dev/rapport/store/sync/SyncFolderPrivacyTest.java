package dev.rapport.store.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.rapport.store.sync.SyncFolderTest.A;
import static dev.rapport.store.sync.SyncFolderTest.B;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sync folder is usually someone's cloud: after batches, manifests and a snapshot that all hold
 * a note, names in three scripts and an email, no byte run in the folder (read as `strings`
 * would, and as UTF-8 and UTF-16) holds any of them, nor a device's name, nor do the file names.
 */
class SyncFolderPrivacyTest {
    private static final String NOTE = "Renewal of the Vilnius office lease, strictly confidential";
    private static final String CYRILLIC = "Олена Коваленко";
    private static final String LITHUANIAN = "Žygimantas Petrauskas";
    private static final String EMAIL = "olena.kovalenko@example.com";
    private static final String LAPTOP = "Olenos Desk-PC";
    private static final String DESK = "Žygimanto nešiojamas";
    private static final List<String> SECRETS = List.of(NOTE, CYRILLIC, LITHUANIAN, EMAIL, LAPTOP, DESK);
    /** Pieces a partial leak would still show. */
    private static final List<String> PIECES = List.of("Vilnius", "confidential", "Олена", "Коваленко", "Žygimant", "Petrausk",
            "kovalenko", "example.com", "Olenos", "Desk-PC", "nešiojamas");

    @TempDir
    Path folder;

    @Test
    void noNoteNameOrEmailIsInTheFolderInClear() throws IOException {
        SyncFolder a = SyncFolderTest.open(folder, A, LAPTOP);
        SyncFolder b = SyncFolderTest.open(folder, B, DESK);
        String row = "{\"note\":\"" + NOTE + "\",\"name\":\"" + CYRILLIC + "\",\"other\":\"" + LITHUANIAN + "\",\"email\":\"" + EMAIL + "\"}";
        for (int seq = 1; seq <= 3; seq++) {
            a.publish(seq, row.getBytes(StandardCharsets.UTF_8));
            b.publish(seq, row.getBytes(StandardCharsets.UTF_16LE));
        }
        a.acknowledge(Map.of(B, 3L));
        b.acknowledge(Map.of(A, 3L));
        a.writeSnapshot(row.repeat(2000).getBytes(StandardCharsets.UTF_8), Map.of(A, 3L, B, 3L));
        assertThat(b.latestSnapshot()).isPresent();

        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                byte[] bytes = Files.readAllBytes(file);
                for (String secret : SECRETS) {
                    if (name.contains(secret)) {
                        leaks.add(name + " names " + secret);
                    }
                }
                for (String piece : PIECES) {
                    for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                        if (indexOf(bytes, piece.getBytes(charset)) >= 0) {
                            leaks.add(name + " holds " + piece + " in " + charset);
                        }
                    }
                    for (String run : strings(bytes)) {
                        if (run.toLowerCase(java.util.Locale.ROOT).contains(piece.toLowerCase(java.util.Locale.ROOT))) {
                            leaks.add(name + " shows " + piece + " to strings");
                        }
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(strings(Files.readAllBytes(folder.resolve(FolderKey.FILE)))).as("the guard reads text when there is some")
                .anyMatch(run -> run.contains("argon2id"));
    }

    /** What `strings` prints: runs of four or more printable ASCII bytes. */
    private static List<String> strings(byte[] bytes) {
        List<String> runs = new ArrayList<>();
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        for (byte b : bytes) {
            if (b >= 0x20 && b < 0x7f) {
                run.write(b);
            } else {
                if (run.size() >= 4) {
                    runs.add(run.toString(StandardCharsets.US_ASCII));
                }
                run.reset();
            }
        }
        if (run.size() >= 4) {
            runs.add(run.toString(StandardCharsets.US_ASCII));
        }
        return runs;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
