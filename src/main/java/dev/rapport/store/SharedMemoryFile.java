package dev.rapport.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The journal's "-shm" file: SQLite's shared index of the WAL, rebuilt from the WAL whenever no
 * connection has it open. A leftover one that cannot be written (copied from read-only media,
 * or left by a read-only mount) would make SQLite refuse every write to a journal that is itself
 * writable again.
 */
final class SharedMemoryFile {
    private static final Logger LOG = Logger.getLogger(SharedMemoryFile.class.getName());

    private SharedMemoryFile() {
    }

    /**
     * Called under the writer's lock, before SQLite opens the journal: makes a read-only -shm
     * writable by its owner again or, failing that, removes it so SQLite makes a fresh one.
     */
    static void repairIfReadOnly(Path journal) {
        Path shm = Journal.sideFile(journal, "-shm");
        if (!Files.exists(shm) || Files.isWritable(shm)) {
            return;
        }
        try {
            SafeFiles.ownerOnlyFile(shm);
            if (Files.isWritable(shm)) {
                LOG.info("A read-only shared-memory file was made writable again");
                return;
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.FINE, "Could not change the shared-memory file's permissions", e);
        }
        try {
            Files.delete(shm);
            LOG.info("A read-only shared-memory file was removed; SQLite makes a new one");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "A read-only shared-memory file could not be repaired", e);
        }
    }
}
