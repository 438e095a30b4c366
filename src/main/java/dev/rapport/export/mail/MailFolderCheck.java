package dev.rapport.export.mail;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.MailIntake;
import dev.rapport.logic.MailReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Reads new mail from the local mail folders chosen in the journal's settings (on start and on
 * Check now). Every message is read and the intake passes over those already imported, so reading
 * is always right; to be quick as well, each folder's files (names, sizes, times) are remembered
 * after a read that brought every message in, and a folder whose files have not changed since is
 * not read again. Requests are proposed, never accepted, as with mail dropped on the window.
 */
public final class MailFolderCheck {
    /** Where each folder's remembered files are kept: one "fingerprint TAB path" a line. */
    static final String READ_KEY = dev.rapport.model.JournalSettings.MAIL_FOLDERS_READ;

    /** What a check did: the messages' report, whether it was cancelled, and how many folders were left as they were. */
    public record Checked(MailReport report, boolean cancelled, int foldersRead, int foldersUnchanged) {
        /** Messages that came in this time. */
        public long imported() {
            return report.count(MailIntake.Status.IMPORTED);
        }
    }

    private final JournalSession session;

    public MailFolderCheck(JournalSession session) {
        this.session = session;
    }

    /** Reads the chosen folders that changed since they were last read whole. */
    public Checked run(MailFolderImport.Progress progress, BooleanSupplier cancelled) {
        List<String> folders = session.settings().current().mailFolders();
        Map<String, String> remembered = remembered();
        Map<String, String> now = new LinkedHashMap<>();
        List<MailReport.Failure> failures = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        Map<String, List<MailSource>> sources = new LinkedHashMap<>();
        int unchanged = 0;
        long total = 0;
        for (String folder : folders) {
            Path path = path(folder);
            if (path == null || !Files.exists(path)) {
                failures.add(new MailReport.Failure(folder, I18n.t("mail.error.line", folder, I18n.t("mailFolders.reason.missing"))));
                continue;
            }
            String fingerprint = fingerprint(path);
            now.put(folder, fingerprint);
            if (fingerprint.equals(remembered.get(folder))) {
                unchanged++;
                continue;
            }
            changed.add(folder);
            List<MailSource> found = MailSources.of(List.of(path));
            sources.put(folder, found);
            for (MailSource s : found) {
                total += s.size();
            }
        }
        List<MailIntake.Outcome> outcomes = new ArrayList<>();
        Map<String, String> keep = new LinkedHashMap<>();
        for (String folder : folders) {
            if (remembered.containsKey(folder) && !changed.contains(folder)) {
                keep.put(folder, remembered.get(folder));
            }
        }
        long before = 0;
        boolean stopped = false;
        int read = 0;
        for (Map.Entry<String, List<MailSource>> e : sources.entrySet()) {
            long size = e.getValue().stream().mapToLong(MailSource::size).sum();
            if (stopped) {
                e.getValue().forEach(MailSource::close);
                continue;
            }
            long offset = before;
            long all = total;
            MailFolderImport.Result r = new MailFolderImport(session.mail(), false, false)
                    .read(e.getValue(), (done, t, source) -> progress.at(offset + done, all, source), cancelled);
            outcomes.addAll(r.report().outcomes());
            failures.addAll(r.report().failures());
            stopped = r.cancelled();
            if (!stopped) {
                read++;
                if (r.report().failures().isEmpty()) {
                    // Only a folder read whole is passed over next time; one with a bad or unfinished message is read again.
                    keep.put(e.getKey(), now.get(e.getKey()));
                }
            }
            before += size;
        }
        remember(keep);
        return new Checked(new MailReport(outcomes, failures, false), stopped, read, unchanged);
    }

    private static Path path(String folder) {
        try {
            return Path.of(folder);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private Map<String, String> remembered() {
        Map<String, String> out = new LinkedHashMap<>();
        session.settings().get(READ_KEY).ifPresent(text -> text.lines().forEach(line -> {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.put(line.substring(tab + 1), line.substring(0, tab));
            }
        }));
        return out;
    }

    private void remember(Map<String, String> fingerprints) {
        StringBuilder b = new StringBuilder();
        fingerprints.forEach((folder, fingerprint) -> b.append(fingerprint).append('\t').append(folder).append('\n'));
        String text = b.toString();
        if (!text.equals(session.settings().get(READ_KEY).orElse(""))) {
            session.settings().put(READ_KEY, text);
        }
    }

    /** A digest of the names, sizes and times of the files in the folder that may hold mail. */
    static String fingerprint(Path folder) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && MailSources.mayHoldMail(file)) {
                        digest.update((folder.relativize(file) + "\t" + attrs.size() + "\t" + attrs.lastModifiedTime().toMillis() + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unreadable";
        }
    }
}
