package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.model.JournalOpenException;
import dev.rapport.model.JournalOpenException.Reason;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
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
            SafeFiles.createFolders(path.getParent());
            channel = openOwnerOnly(path.resolveSibling(path.getFileName() + ".lock"));
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new JournalOpenException(Reason.LOCKED, I18n.t("files.journal.locked", path.getFileName().toString()));
            }
            return new JournalLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new JournalOpenException(Reason.IO, I18n.t("files.lock.cannotLock", path.toString(), FileProblems.why(e)), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** The lock file, created readable by its owner only (given at creation, so no umask widens it). */
    private static FileChannel openOwnerOnly(Path lockFile) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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
