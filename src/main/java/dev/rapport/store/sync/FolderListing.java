package dev.rapport.store.sync;

import dev.rapport.model.RapportException;
import dev.rapport.store.FileProblems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The sync folder's files at one moment, by kind: change files by device and number (the file
 * under the plain name first, then the sync tools' copies by name), manifests and snapshots.
 */
record FolderListing(Map<String, NavigableMap<Long, List<Path>>> changes, List<Path> manifests, List<Path> snapshots) {

    static FolderListing of(Path folder) {
        Map<String, NavigableMap<Long, List<Path>>> changes = new TreeMap<>();
        List<Path> manifests = new ArrayList<>();
        List<Path> snapshots = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.sorted(Comparator.comparing(p -> copyLast(p))).forEach(file ->
                    FolderNames.parse(file.getFileName().toString()).ifPresent(name -> {
                        switch (name.kind()) {
                            case CHANGE -> changes.computeIfAbsent(name.device(), d -> new TreeMap<>())
                                    .computeIfAbsent(name.number(), n -> new ArrayList<>()).add(file);
                            case MANIFEST -> manifests.add(file);
                            case SNAPSHOT -> snapshots.add(file);
                        }
                    }));
        } catch (IOException e) {
            throw new RapportException(FileProblems.cannotRead(folder, e), e);
        }
        return new FolderListing(changes, manifests, snapshots);
    }

    /** The files of one device's change, or none. */
    List<Path> change(String device, long seq) {
        NavigableMap<Long, List<Path>> of = changes.get(device);
        List<Path> files = of == null ? null : of.get(seq);
        return files == null ? List.of() : files;
    }

    private static String copyLast(Path file) {
        String name = file.getFileName().toString();
        boolean copy = FolderNames.parse(name).map(FolderNames.Parsed::copy).orElse(true);
        return (copy ? "1" : "0") + name;
    }
}
