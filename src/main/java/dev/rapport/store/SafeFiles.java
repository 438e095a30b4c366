package dev.rapport.store;

import dev.rapport.model.RapportException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every file Rapport writes is written whole or not at all: to a temporary file in the same
 * folder, forced to disk, atomically moved over the target, then the folder is synced. A
 * failure leaves the previous file as it was and no temporary file behind.
 */
public final class SafeFiles {
    private static final Logger LOG = Logger.getLogger(SafeFiles.class.getName());

    /** What writes the content; may throw, and then nothing changes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeFiles() {
    }

    public static void write(Path target, Content content) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            createFolders(dir);
            temp = createOwnerOnlyTemp(dir, target.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, target);
            temp = null;
            syncFolder(dir);
        } catch (IOException e) {
            throw new RapportException(describe(target, e), e);
        } catch (UncheckedIOException e) {
            // A writer that cannot throw IOException (a vCard or CSV printer) wraps it; the cause says what happened.
            throw new RapportException(describe(target, e.getCause()), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    /** A fresh temporary file beside the target, for work (like VACUUM INTO) that writes a file itself. */
    public static Path temporarySibling(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        createFolders(dir);
        Path temp = createOwnerOnlyTemp(dir, target.getFileName().toString());
        Files.delete(temp);
        return temp;
    }

    /** Forces a finished file to disk, moves it over the target atomically and syncs the folder. */
    static void commit(Path finished, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(finished, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        ownerOnly(finished);
        moveIntoPlace(finished, target);
        syncFolder(target.toAbsolutePath().getParent());
    }

    private static Path createOwnerOnlyTemp(Path dir, String name) throws IOException {
        if (posix()) {
            return Files.createTempFile(dir, "." + name + ".", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(dir, "." + name + ".", ".tmp");
    }

    /**
     * Creates a folder and any missing parents, each readable by its owner only (rwx------) where
     * the file system has POSIX permissions: given at creation, so no umask can widen them.
     * Folders that exist already are left as they are.
     */
    public static void createFolders(Path folder) throws IOException {
        Path dir = folder.toAbsolutePath();
        if (Files.isDirectory(dir)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    /** A new, empty folder beside {@code target} (owner-only), for work that is moved into place when whole. */
    public static Path temporaryFolderBeside(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        createFolders(dir);
        String prefix = "." + target.getFileName() + ".";
        if (posix()) {
            return Files.createTempDirectory(dir, prefix, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createTempDirectory(dir, prefix);
    }

    /** Deletes a folder and what it holds, quietly (a temporary folder after a failure). */
    public static void deleteFolderQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(SafeFiles::deleteQuietly);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not remove a temporary folder", e);
        }
    }

    /** Moves a finished file or folder into place (atomically where the file system can), then syncs the folder. */
    public static void moveIntoPlaceAndSync(Path finished, Path target) throws IOException {
        moveIntoPlace(finished, target);
        syncFolder(target.toAbsolutePath().getParent());
    }

    /** Makes a file readable and writable by its owner only, where the file system has POSIX permissions. */
    public static void ownerOnlyFile(Path file) throws IOException {
        ownerOnly(file);
    }

    static void ownerOnly(Path file) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, which is fine. */
    static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Folder sync not supported here", e);
        }
    }

    public static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not remove a temporary file", e);
        }
    }

    static String describe(Path target, IOException e) {
        LOG.log(Level.FINE, "Writing " + target.getFileName() + " failed", e);
        return FileProblems.cannotWrite(target, e);
    }
}
