package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.model.JournalStats;
import dev.rapport.model.RapportException;
import dev.rapport.store.BackupFiles;
import dev.rapport.model.BackupInfo;
import dev.rapport.store.Journal;
import dev.rapport.store.JournalLock;
import dev.rapport.store.SafeFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Logger;

/** Backups of the open journal: on demand, daily on start-up with rotation, and restore. */
public final class BackupService {
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    private final Journal journal;
    private final Clock clock;

    BackupService(Journal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /** Writes a checked backup now, to {@code target} or to the backups folder; returns where. */
    public Path backupNow(Path target) {
        Path file = target != null ? target
                : BackupFiles.folder(journal.file()).resolve(BackupFiles.name(journal.file(), LocalDateTime.now(clock)));
        journal.backupTo(file);
        LOG.info("Backup written");
        return file;
    }

    /** At most once a day: a backup, then old ones rotated out. Returns the new backup, or null. */
    public Path automaticBackup(int daily, int weekly) {
        LocalDate today = LocalDate.now(clock);
        boolean hasToday = list().stream().anyMatch(b -> !b.beforeUpgrade() && b.takenAt().toLocalDate().equals(today));
        if (hasToday) {
            return null;
        }
        Path file = backupNow(null);
        prune(daily, weekly);
        return file;
    }

    /** When the journal last changed (its file or its WAL), to say what restoring a backup would lose; null if unknown. */
    public LocalDateTime journalLastChange() {
        return Journal.lastChange(journal.file());
    }

    public List<BackupInfo> list() {
        return BackupFiles.list(journal.file());
    }

    /** Deletes rotated-out automatic backups; the copies kept before upgrades stay. */
    public int prune(int daily, int weekly) {
        List<BackupInfo> rotating = list().stream().filter(b -> !b.beforeUpgrade()).toList();
        List<LocalDateTime> delete = BackupRetention.toDelete(rotating.stream().map(BackupInfo::takenAt).toList(), daily, weekly);
        rotating.stream().filter(b -> delete.contains(b.takenAt())).forEach(BackupFiles::delete);
        return delete.size();
    }

    /** SQLite's integrity check of a backup file: "ok" when sound. */
    public static String checkFile(Path backup) {
        return Journal.integrityCheck(backup);
    }

    /** What a backup holds, read without changing it: for a preview before restoring. */
    public static JournalStats preview(Path backup) {
        return preview(backup, null);
    }

    /** The same for a backup that may be encrypted (a backup of an encrypted journal is): it opens with the passphrase. */
    public static JournalStats preview(Path backup, char[] passphrase) {
        if (Journal.isEncrypted(backup)) {
            if (passphrase == null) {
                throw new RapportException(I18n.t("backup.preview.needsPassphrase", backup.getFileName().toString()));
            }
            try (JournalSession s = JournalSession.openEncryptedReadOnly(backup, passphrase)) {
                String check = s.quickCheck();
                if (!"ok".equals(check)) {
                    throw new RapportException(I18n.t("backup.preview.notSound", backup.getFileName().toString(), check));
                }
                return s.stats().journal();
            }
        }
        String check = Journal.integrityCheck(backup);
        if (!"ok".equals(check)) {
            throw new RapportException(I18n.t("backup.preview.notSound", backup.getFileName().toString(), check));
        }
        try (JournalSession s = JournalSession.openReadOnly(backup)) {
            return s.stats().journal();
        }
    }

    /**
     * Puts a backup in the journal's place. The current journal is kept aside under a new name,
     * never overwritten; the journal must not be open. Returns where the current journal went.
     */
    public static Path restore(Path journalFile, Path backup, Clock clock) {
        return restore(journalFile, backup, clock, null);
    }

    /** The same for a backup that may be encrypted: it is checked with the passphrase and restored as it is, sealed. */
    public static Path restore(Path journalFile, Path backup, Clock clock, char[] passphrase) {
        dev.rapport.store.WriteThreads.writing();
        preview(backup, passphrase);
        Path journalPath = journalFile.toAbsolutePath();
        try (JournalLock lock = JournalLock.acquire(journalPath)) {
            return swap(journalPath, backup, clock);
        }
    }

    private static Path swap(Path journalPath, Path backup, Clock clock) {
        Path aside = journalPath.resolveSibling(journalPath.getFileName() + ".before-restore-"
                + DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss").format(LocalDateTime.now(clock)));
        Path incoming = journalPath.resolveSibling(journalPath.getFileName() + ".restoring");
        // First the whole copy, on disk; only then does anything move.
        SafeFiles.write(incoming, out -> Files.copy(backup, out));
        try {
            if (Files.exists(journalPath)) {
                Files.move(journalPath, aside, StandardCopyOption.ATOMIC_MOVE);
                for (String suffix : List.of("-wal", "-shm")) {
                    Path side = journalPath.resolveSibling(journalPath.getFileName() + suffix);
                    if (Files.exists(side)) {
                        Files.move(side, aside.resolveSibling(aside.getFileName() + suffix), StandardCopyOption.ATOMIC_MOVE);
                    }
                }
            }
            Files.move(incoming, journalPath, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new RapportException(dev.rapport.i18n.I18n.t("backup.restore.failedAt", String.valueOf(e.getMessage()),
                    String.valueOf(Files.exists(aside) ? aside : journalPath)), e);
        }
        LOG.info("Journal restored from a backup; the previous one was kept aside");
        return aside;
    }
}
