package dev.rapport.store.sync;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the files in a sync folder. They carry a device's random id and a number, never a
 * name or a text. Sync tools add to a name when two versions meet ("x (1).rsync",
 * "x.sync-conflict-….rsync", "x-DESKTOP.rsync"): such a copy is read too and told apart by
 * {@link Parsed#copy()}. Temporary names (ours start with a dot and end in ".tmp", the tools' too)
 * do not end in {@value #EXTENSION} and are never read.
 */
final class FolderNames {
    static final String EXTENSION = ".rsync";
    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern CHANGE = Pattern.compile("change\\.([A-Za-z0-9-]{1,64})\\.(\\d{12})(?!\\d)(.*)\\.rsync");
    private static final Pattern MANIFEST = Pattern.compile("device\\.([A-Za-z0-9-]{1,64})(.*)\\.rsync");
    private static final Pattern SNAPSHOT = Pattern.compile("snapshot\\.([A-Za-z0-9-]{1,64})\\.(\\d{13})(?!\\d)(.*)\\.rsync");
    static final long MAX_SEQ = 999_999_999_999L;

    enum Kind { CHANGE, MANIFEST, SNAPSHOT }

    /** What a file name says: whose, which number, and whether a sync tool renamed a copy. */
    record Parsed(Kind kind, String device, long number, boolean copy) {
    }

    private FolderNames() {
    }

    static String requireDeviceId(String device) {
        if (device == null || !DEVICE_ID.matcher(device).matches()) {
            throw new IllegalArgumentException("A device id is 1 to 64 letters, digits and dashes");
        }
        return device;
    }

    static String change(String device, long seq) {
        if (seq < 1 || seq > MAX_SEQ) {
            throw new IllegalArgumentException("A change number runs from 1 to " + MAX_SEQ + ": " + seq);
        }
        return String.format("change.%s.%012d%s", device, seq, EXTENSION);
    }

    static String manifest(String device) {
        return "device." + device + EXTENSION;
    }

    static String snapshot(String device, long writtenAtMillis) {
        return String.format("snapshot.%s.%013d%s", device, writtenAtMillis, EXTENSION);
    }

    static Optional<Parsed> parse(String name) {
        Matcher m = CHANGE.matcher(name);
        if (m.matches()) {
            return Optional.of(new Parsed(Kind.CHANGE, m.group(1), Long.parseLong(m.group(2)), !m.group(3).isEmpty()));
        }
        m = SNAPSHOT.matcher(name);
        if (m.matches()) {
            return Optional.of(new Parsed(Kind.SNAPSHOT, m.group(1), Long.parseLong(m.group(2)), !m.group(3).isEmpty()));
        }
        m = MANIFEST.matcher(name);
        if (m.matches()) {
            return Optional.of(new Parsed(Kind.MANIFEST, m.group(1), 0, !m.group(2).isEmpty()));
        }
        return Optional.empty();
    }
}
