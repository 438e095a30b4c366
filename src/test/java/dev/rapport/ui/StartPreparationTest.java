package dev.rapport.ui;

import dev.rapport.logic.EncryptionService;
import dev.rapport.logic.JournalSession;
import dev.rapport.tools.demo.DemoJournal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StartPreparationTest {
    @TempDir
    Path dir;

    @Test
    void setsUpFirstThenOpensTheJournalOnItsOwnThread() {
        Path file = dir.resolve("acme.rapport");
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        StartPreparation.Ready ready = StartPreparation.begin(file, null, () -> threads.add(Thread.currentThread().getName())).await();
        try {
            assertThat(threads).containsExactly("rapport-start");
            assertThat(ready.failure()).isNull();
            assertThat(ready.encrypted()).isNull();
            assertThat(ready.demoFolder()).isNull();
            assertThat(ready.theme()).isNotNull();
            assertThat(ready.session().file()).isEqualTo(file.toAbsolutePath());
            assertThat(Files.exists(file)).isTrue();
        } finally {
            ready.session().close();
        }
    }

    @Test
    void anEncryptedJournalIsLeftForTheWindowToAskItsPassphrase() {
        Path file = dir.resolve("sealed.rapport");
        JournalSession.open(file).close();
        EncryptionService.encrypt(file, "correct horse battery".toCharArray(), EncryptionService.Progress.NONE);

        StartPreparation.Ready ready = StartPreparation.begin(file, null, () -> { }).await();

        assertThat(ready.session()).isNull();
        assertThat(ready.encrypted()).isEqualTo(file);
        assertThat(ready.failure()).isNull();
    }

    @Test
    void aFileThatIsNotAJournalComesBackAsTheReasonAndIsLeftAsItWas() throws Exception {
        Path file = dir.resolve("diary.rapport");
        Files.writeString(file, "Dear diary, this is not a database.\n");

        StartPreparation.Ready ready = StartPreparation.begin(file, null, () -> { }).await();

        assertThat(ready.session()).isNull();
        assertThat(ready.failure()).isNotNull();
        assertThat(ready.failure().getMessage()).contains("diary.rapport");
        assertThat(Files.readString(file)).isEqualTo("Dear diary, this is not a database.\n");
    }

    @Test
    void theDemoJournalIsFilledInAFolderOfItsOwn() {
        StartPreparation.Ready ready = StartPreparation.begin(null, DemoJournal::fill, () -> { }).await();
        try {
            assertThat(ready.demoFolder()).isDirectory();
            assertThat(ready.session().file().getParent()).isEqualTo(ready.demoFolder());
            assertThat(ready.session().clients().count()).isPositive();
        } finally {
            ready.session().close();
            try (var files = Files.walk(ready.demoFolder())) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void anErrorInTheSetUpReachesTheWindowAsThrown() {
        IllegalStateException broken = new IllegalStateException("no log folder");
        StartPreparation preparation = StartPreparation.begin(dir.resolve("x.rapport"), null, () -> {
            throw broken;
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(preparation::await).isSameAs(broken);
        assertThat(Files.exists(dir.resolve("x.rapport"))).isFalse();
    }
}
