package dev.rapport.store;

import dev.rapport.model.BackupInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a journal's backups live and how they are named: a "backups" folder beside the journal,
 * one file per backup, its date and time in the name so rotation needs no other record.
 */
public final class BackupFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");
    private static final Pattern DATED = Pattern.compile(".*-(\\d{4}-\\d{2}-\\d{2})T(\\d{2}-\\d{2}-\\d{2})\\.rapport$");

    private BackupFiles() {
    }

    public static Path folder(Path journal) {
        return journal.toAbsolutePath().getParent().resolve("backups");
    }

    public static String name(Path journal, LocalDateTime at) {
        return baseName(journal) + "-" + STAMP.format(at) + ".rapport";
    }

    static String beforeUpgradeName(Path journal, int version, LocalDateTime at) {
        return baseName(journal) + "-before-upgrade-from-" + version + "-" + STAMP.format(at) + ".rapport";
    }

    private static String baseName(Path journal) {
        String name = journal.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The journal's backups, newest first. */
    public static List<BackupInfo> list(Path journal) {
        Path dir = folder(journal);
        List<BackupInfo> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        String prefix = baseName(journal) + "-";
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String n = f.getFileName().toString();
                Matcher m = DATED.matcher(n);
                if (n.startsWith(prefix) && m.matches()) {
                    LocalDateTime at = LocalDateTime.of(LocalDate.parse(m.group(1)),
                            java.time.LocalTime.parse(m.group(2).replace('-', ':')));
                    out.add(new BackupInfo(f, at, n.contains("-before-upgrade-"), Files.size(f)));
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(BackupInfo::takenAt).reversed());
        return out;
    }

    public static void delete(BackupInfo backup) {
        SafeFiles.deleteQuietly(backup.file());
    }
}
