package dev.rapport.export.mail;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a path the user names holds, as sources of mail: an .eml or .msg file; an mbox file (known by
 * its first "From " line, whatever its name: Thunderbird's have none); a Maildir (a folder with
 * {@code cur} and {@code new}); or any other folder — a Thunderbird profile, say — searched for all
 * of these. Loose mail files found together are one source; each mbox and each Maildir is its own.
 */
public final class MailSources {
    /** Thunderbird's and other programs' files beside the mail that are never mail themselves. */
    private static final Set<String> NOT_MAIL = Set.of(".msf", ".sqlite", ".json", ".js", ".dat", ".html", ".txt", ".xml",
            ".ini", ".log", ".db", ".lz4", ".jsonlz4", ".mab", ".wal");

    private MailSources() {
    }

    /** The sources in the paths named, in the order named (a folder's in name order). */
    public static List<MailSource> of(List<Path> named) {
        List<MailSource> out = new ArrayList<>();
        List<Path> loose = new ArrayList<>();
        for (Path p : named) {
            if (Files.isDirectory(p)) {
                flush(loose, out);
                walk(p, out);
            } else if (!MailFiles.looksLikeMail(p) && Files.isRegularFile(p) && MboxSource.looksLikeMbox(p)) {
                flush(loose, out);
                out.add(mbox(p));
            } else {
                loose.add(p);
            }
        }
        flush(loose, out);
        return out;
    }

    /** True when the path is a folder or file a mail folder import reads: an mbox, a Maildir or any folder. */
    public static boolean isMailStore(Path p) {
        return Files.isDirectory(p) || (Files.isRegularFile(p) && !MailFiles.looksLikeMail(p) && MboxSource.looksLikeMbox(p));
    }

    private static void flush(List<Path> loose, List<MailSource> out) {
        if (!loose.isEmpty()) {
            flush(loose, out, loose.get(0));
        }
    }

    private static void flush(List<Path> loose, List<MailSource> out, Path named) {
        if (!loose.isEmpty()) {
            out.add(new FilesSource(named.getFileName() == null ? named.toString() : named.getFileName().toString(), loose));
            loose.clear();
        }
    }

    private static MailSource mbox(Path p) {
        try {
            return new MboxSource(p);
        } catch (IOException e) {
            return new FilesSource(p.getFileName().toString(), List.of(p));
        }
    }

    private static void walk(Path root, List<MailSource> out) {
        List<Path> loose = new ArrayList<>();
        List<MailSource> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Path parent = dir.getParent();
                    String leaf = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (parent != null && FilesSource.isMaildir(parent) && Set.of("cur", "new", "tmp").contains(leaf)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (FilesSource.isMaildir(dir)) {
                        found.add(FilesSource.maildir(dir));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (MailFiles.looksLikeMail(file)) {
                        loose.add(file);
                    } else if (mayBeMbox(file) && MboxSource.looksLikeMbox(file)) {
                        found.add(mbox(file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            loose.add(root);
        }
        loose.sort(null);
        flush(loose, out, root);
        out.addAll(found);
    }

    /** True for a file a folder's mail may be in: mail files, and any file not known to be something else. */
    static boolean mayHoldMail(Path file) {
        return MailFiles.looksLikeMail(file) || mayBeMbox(file);
    }

    private static boolean mayBeMbox(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot < 0 || !NOT_MAIL.contains(n.substring(dot));
    }
}
