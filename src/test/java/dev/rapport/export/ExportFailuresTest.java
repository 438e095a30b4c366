package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.DataList;
import dev.rapport.model.RapportException;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Exports on a full disk or failing part-way say why and leave nothing half-written; what they write is the owner's only. */
class ExportFailuresTest {
    @TempDir
    Path dir;

    @Test
    void aVcardExportOnAFullDiskSaysSoAndLeavesNoFile() throws Exception {
        Path target = dir.resolve("out/contacts.vcf");
        try (JournalSession session = sessionWithAContact()) {
            DataExchange data = new DataExchange(session.data());
            assertThatThrownBy(() -> DataExchange.toFile(target, o -> data.exportVcf(new FullDisk(o))))
                    .isInstanceOf(RapportException.class)
                    .hasMessage(I18n.t("files.diskFull", target.getParent().toString(), "contacts.vcf"));
        }
        assertThat(listing(target.getParent())).isEmpty();
    }

    @Test
    void aCsvFolderExportFailingPartWayLeavesNoFolder() throws Exception {
        Path folder = dir.resolve("lists");
        Path journal = dir.resolve("j.rapport");
        try (JournalSession session = sessionWithAContact()) {
            // The last list cannot be read: the first ones are written before the export fails.
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journal); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE request RENAME TO request_gone");
            }
            assertThatThrownBy(() -> new DataExchange(session.data()).exportCsvAll(folder, false)).isInstanceOf(RapportException.class);
        }
        assertThat(folder).doesNotExist();
        assertThat(listing(dir)).allSatisfy(name -> assertThat(name).startsWith("j.rapport"));
    }

    @Test
    void aCsvFolderExportIsTheOwnersOnly() throws Exception {
        Path folder = dir.resolve("new/lists");
        List<Path> files;
        try (JournalSession session = sessionWithAContact()) {
            files = new DataExchange(session.data()).exportCsvAll(folder, false);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.getParent()))).isEqualTo("rwx------");
        assertThat(files).hasSize(DataList.values().length).allSatisfy(f ->
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------"));
        assertThat(listing(folder.getParent())).containsExactly("lists");
    }

    @Test
    void aCsvExportIntoAnExistingFolderAddsTheListsBesideWhatIsThere() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("mine"));
        Files.writeString(folder.resolve("notes.txt"), "kept");
        try (JournalSession session = sessionWithAContact()) {
            new DataExchange(session.data()).exportCsvAll(folder, false);
        }
        assertThat(listing(folder)).hasSize(DataList.values().length + 1).contains("notes.txt");
        assertThat(listing(dir)).allSatisfy(name -> assertThat(name).matches("j\\.rapport.*|mine"));
    }

    private JournalSession sessionWithAContact() {
        JournalSession session = JournalSession.open(dir.resolve("j.rapport"));
        Client client = session.clients().save(Client.create("Acme"));
        session.contacts().save(new Contact(0, client.id(), "Ona Petraitienė", "", "ona@acme.lt", "", null, "", "", false));
        return session;
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A stream on a disk that has filled: every write fails as the operating system reports it. */
    private static final class FullDisk extends FilterOutputStream {
        FullDisk(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }
    }
}
