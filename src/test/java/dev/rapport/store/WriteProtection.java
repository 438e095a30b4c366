package dev.rapport.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

/**
 * Makes files and folders read-only for a test, as a read-only folder or medium would be, and
 * undoes it afterwards. Root ignores permission bits, so as root it sets the immutable
 * attribute instead, which binds root too (as a read-only mount would).
 */
public final class WriteProtection implements AutoCloseable {
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    private final Deque<Runnable> undo = new ArrayDeque<>();

    public void protect(Path path) throws IOException {
        if (ROOT) {
            chattr("+i", path);
            undo.push(() -> chattr("-i", path));
        } else {
            Set<PosixFilePermission> before = Files.getPosixFilePermissions(path);
            Set<PosixFilePermission> after = EnumSet.copyOf(before);
            after.removeAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE));
            Files.setPosixFilePermissions(path, after);
            undo.push(() -> {
                try {
                    Files.setPosixFilePermissions(path, before);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        if (Files.isWritable(path)) {
            throw new IllegalStateException(path + " could not be made read-only here");
        }
    }

    private static void chattr(String flag, Path path) {
        try {
            Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException("chattr " + flag + " failed: " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        while (!undo.isEmpty()) {
            undo.pop().run();
        }
    }
}
