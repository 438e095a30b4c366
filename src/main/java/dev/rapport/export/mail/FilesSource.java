package dev.rapport.export.mail;

import dev.rapport.model.MailMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Messages one file each: .eml and .msg files, or a Maildir, whose messages are the files in its
 * {@code cur} and {@code new} folders ({@code tmp} holds mail still being delivered and is left
 * alone). Progress counts the files' bytes.
 */
final class FilesSource implements MailSource {
    private final String name;
    private final List<Path> files;
    private final long[] sizes;
    private final long size;
    private int next;
    private long position;

    FilesSource(String name, List<Path> files) {
        this.name = name;
        this.files = List.copyOf(files);
        this.sizes = new long[files.size()];
        long total = 0;
        for (int i = 0; i < files.size(); i++) {
            try {
                sizes[i] = Files.size(files.get(i));
            } catch (IOException e) {
                sizes[i] = 0;
            }
            total += sizes[i];
        }
        this.size = total;
    }

    /** A Maildir's messages, in name order (which is delivery order for the usual names). */
    static FilesSource maildir(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String sub : List.of("cur", "new")) {
            Path folder = dir.resolve(sub);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> list = Files.list(folder)) {
                    list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).forEach(files::add);
                }
            }
        }
        files.sort(java.util.Comparator.comparing(p -> p.getFileName().toString()));
        return new FilesSource(dir.getFileName() == null ? dir.toString() : dir.getFileName().toString(), files);
    }

    /** True for a folder laid out as a Maildir (it has {@code cur} and {@code new}). */
    static boolean isMaildir(Path dir) {
        return Files.isDirectory(dir.resolve("cur")) && Files.isDirectory(dir.resolve("new"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<MailMessage> next() {
        if (next >= files.size()) {
            return Optional.empty();
        }
        int i = next++;
        position += sizes[i];
        return Optional.of(MailFiles.read(files.get(i)));
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void close() {
        // each file is opened and closed as it is read
    }
}
