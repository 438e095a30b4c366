package dev.rapport.store;

import java.nio.file.Path;

/** Run in a child JVM by {@link CrossProcessLockTest}: holds a journal open until its input closes. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Journal journal = Journal.open(Path.of(args[0]))) {
            System.out.println("ready " + journal.schemaVersion());
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the parent to close our input
            }
        }
    }
}
