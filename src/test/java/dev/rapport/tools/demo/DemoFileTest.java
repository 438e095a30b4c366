package dev.rapport.tools.demo;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.RapportException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A demo journal is written whole or not at all, and is its owner's only. */
class DemoFileTest {
    @TempDir
    Path dir;

    @Test
    void aDemoThatFailsPartWayLeavesNoJournalAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("demo.rapport");
        assertThatThrownBy(() -> DemoJournal.writeNew(file, session -> {
            session.clients().save(Client.create("Written before the disk filled"));
            throw new RapportException("The disk is full");
        })).isInstanceOf(RapportException.class);
        assertThat(listing()).isEmpty();
    }

    @Test
    void aDemoJournalIsWholeInOneOwnerOnlyFile() throws IOException {
        Path file = dir.resolve("demo.rapport");
        DemoJournal.writeNew(file);
        assertThat(listing()).containsExactly("demo.rapport");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (JournalSession session = JournalSession.openReadOnly(file)) {
            assertThat(session.stats().journal().clients()).isGreaterThanOrEqualTo(12);
        }
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
