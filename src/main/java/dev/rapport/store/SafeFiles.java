package dev.rapport.store;

import dev.rapport.model.RapportException;

import java.io.IOException;
import java.io.OutputStream;
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
            Files.createDirectories(dir);
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
        } finally {
            deleteQuietly(temp);
        }
    }

    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    /** A fresh temporary file beside the target, for work (like VACUUM INTO) that writes a file itself. */
    static Path temporarySibling(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
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

    static void deleteQuietly(Path file) {
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
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("No space left")) {
            return "The disk is full: " + target.getFileName() + " was not written. Free some space and try again.";
        }
        if (e instanceof java.nio.file.AccessDeniedException || msg.contains("Read-only") || msg.contains("Permission denied")) {
            return "Rapport may not write to " + target.toAbsolutePath().getParent() + ": " + target.getFileName()
                    + " was not written. Choose another folder.";
        }
        return target.getFileName() + " could not be written (" + msg + "). Nothing was changed.";
    }
}
