package dev.rapport.store;

import dev.rapport.model.JournalOpenException;
import dev.rapport.model.JournalOpenException.Reason;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one-writer rule: an OS file lock on "journal.lock" beside the journal, held while a
 * Rapport window or command writes to it. The OS drops it if the process dies.
 */
public final class JournalLock implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(JournalLock.class.getName());

    private final FileChannel channel;
    private final FileLock lock;

    private JournalLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static JournalLock acquire(Path journal) {
        Path path = journal.toAbsolutePath();
        FileChannel channel = null;
        try {
            Files.createDirectories(path.getParent());
            channel = FileChannel.open(path.resolveSibling(path.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new JournalOpenException(Reason.LOCKED, "The journal " + path.getFileName()
                        + " is already open in another Rapport window or command. Close it there first.");
            }
            return new JournalLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new JournalOpenException(Reason.IO, "Could not lock the journal " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Releasing the journal lock failed", e);
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the lock file failed", e);
        }
    }
}
