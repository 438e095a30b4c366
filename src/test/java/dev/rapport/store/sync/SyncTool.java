package dev.rapport.store.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A pretend Syncthing/Dropbox between two devices' copies of the sync folder: at random moments it
 * copies a file from the folder of the device that wrote it to the other, whole or not: written
 * in place a part at a time, left half-written under a temporary name, moved in whole from a
 * temporary name, or doubled as a conflict copy. Files go only from their writer's folder, as a
 * sync tool's version vectors would have it, so a device's own files are never overwritten.
 */
final class SyncTool {
    private static final String[] CONFLICT_SUFFIXES = {" (1)", ".sync-conflict-20261208-140200-ABCDEFG", "-DESKTOP-7Q2"};
    private final Random random;
    private final Map<Path, String> owners;
    private final Path[] folders;

    /** {@code owners}: each folder and the device that writes into it; the first also wrote the folder's header. */
    SyncTool(Random random, Map<Path, String> owners) {
        this.random = random;
        this.owners = owners;
        this.folders = owners.keySet().toArray(Path[]::new);
    }

    /** One random act of the tool; true when it changed a file. */
    boolean step() throws IOException {
        Path from = folders[random.nextInt(folders.length)];
        Path to = folders[random.nextInt(folders.length)];
        if (from.equals(to)) {
            return false;
        }
        List<Path> differing = differing(from, to);
        if (differing.isEmpty()) {
            return false;
        }
        Path source = differing.get(random.nextInt(differing.size()));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source);
        } catch (NoSuchFileException e) {
            return false;
        }
        Path target = to.resolve(source.getFileName().toString());
        switch (random.nextInt(6)) {
            case 0, 1 -> inPlace(target, Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)));
            case 2 -> Files.write(to.resolve(".syncthing." + target.getFileName() + ".tmp"),
                    Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)));
            case 3 -> conflictCopy(target, bytes);
            default -> whole(target, bytes);
        }
        return true;
    }

    /** Brings every file across whole, as a tool does once it has caught up. */
    void finish() throws IOException {
        for (Path from : folders) {
            for (Path to : folders) {
                if (!from.equals(to)) {
                    for (Path source : differing(from, to)) {
                        whole(to.resolve(source.getFileName().toString()), Files.readAllBytes(source));
                    }
                }
            }
        }
    }

    private List<Path> differing(Path from, Path to) throws IOException {
        String owner = owners.get(from);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                boolean ours = FolderNames.parse(name).filter(p -> !p.copy() && p.device().equals(owner)).isPresent()
                        || (name.equals(FolderKey.FILE) && from.equals(folders[0]));
                Path there = to.resolve(name);
                if (ours && (!Files.exists(there) || Files.size(there) != Files.size(file) || Files.mismatch(file, there) >= 0)) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    private void inPlace(Path target, byte[] part) throws IOException {
        Files.write(target, part);
    }

    private void whole(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling(".~" + target.getFileName() + "." + random.nextInt(1_000_000) + ".tmp");
        Files.write(temp, bytes);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void conflictCopy(Path target, byte[] bytes) throws IOException {
        String name = target.getFileName().toString();
        if (!name.endsWith(FolderNames.EXTENSION)) {
            whole(target, bytes);
            return;
        }
        String stem = name.substring(0, name.length() - FolderNames.EXTENSION.length());
        whole(target.resolveSibling(stem + CONFLICT_SUFFIXES[random.nextInt(CONFLICT_SUFFIXES.length)] + FolderNames.EXTENSION), bytes);
    }
}
