package dev.rapport.logic.sync;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.SettingsService;
import dev.rapport.model.ValidationException;

import java.net.InetAddress;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where this device syncs: the folder, the device's name and how often it syncs by itself. Kept in
 * the journal's settings, yet each device's own: every key starts with {@link #PREFIX}, which sync
 * itself leaves out of what it sends.
 */
public final class SyncSettings {
    /** What every device-local sync setting starts with. */
    public static final String PREFIX = "sync.";
    public static final String FOLDER = PREFIX + "folder";
    public static final String DEVICE_NAME = PREFIX + "deviceName";
    public static final String EVERY_MINUTES = PREFIX + "everyMinutes";
    public static final int DEFAULT_MINUTES = 5;
    /** What Settings offers; 0 is "only on start, after saves and when asked". */
    public static final List<Integer> CHOICES = List.of(1, 5, 15, 60, 0);
    public static final int MAX_MINUTES = 24 * 60;
    public static final int MAX_NAME_LENGTH = 60;

    private final SettingsService settings;

    public SyncSettings(SettingsService settings) {
        this.settings = settings;
    }

    /** The folder chosen, if any. */
    public Optional<Path> folder() {
        try {
            return settings.get(FOLDER).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The device's name as stored, else this computer's host name. */
    public String deviceName() {
        return settings.get(DEVICE_NAME).map(String::strip).filter(s -> !s.isEmpty()).orElseGet(SyncSettings::hostName);
    }

    /** Minutes between rounds by themselves; unset or unreadable is the default. */
    public int everyMinutes() {
        try {
            int m = settings.get(EVERY_MINUTES).map(String::strip).map(Integer::parseInt).orElse(DEFAULT_MINUTES);
            return m >= 0 && m <= MAX_MINUTES ? m : DEFAULT_MINUTES;
        } catch (NumberFormatException e) {
            return DEFAULT_MINUTES;
        }
    }

    /** Remembers the folder; one that is not there is refused, naming the field. */
    public Path storeFolder(String typed) {
        Path folder = checkedFolder(typed);
        settings.put(FOLDER, folder.toAbsolutePath().toString());
        return folder.toAbsolutePath();
    }

    /** Remembers the device's name: not blank, at most {@link #MAX_NAME_LENGTH} characters. */
    public String storeDeviceName(String typed) {
        String name = checkedName(typed);
        settings.put(DEVICE_NAME, name);
        return name;
    }

    public void storeEveryMinutes(int minutes) {
        if (minutes < 0 || minutes > MAX_MINUTES) {
            throw new ValidationException("interval", I18n.t("syncing.interval.range", MAX_MINUTES));
        }
        settings.put(EVERY_MINUTES, Integer.toString(minutes));
    }

    /** The folder as typed, if it is a folder that exists. */
    public static Path checkedFolder(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new ValidationException("folder", I18n.t("syncing.folder.empty"));
        }
        try {
            Path folder = Path.of(text);
            if (!java.nio.file.Files.isDirectory(folder)) {
                throw new ValidationException("folder", I18n.t("syncing.failure.folderMissing", text));
            }
            return folder;
        } catch (InvalidPathException e) {
            throw new ValidationException("folder", I18n.t("syncing.failure.folderMissing", text));
        }
    }

    public static String checkedName(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            throw new ValidationException("device", I18n.t("syncing.device.empty"));
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new ValidationException("device", I18n.t("syncing.device.tooLong", MAX_NAME_LENGTH));
        }
        return name;
    }

    /** This computer's name as its owner knows it; asking the network for it can take a moment, so not on the FX thread. */
    public static String hostName() {
        for (String variable : new String[]{"COMPUTERNAME", "HOSTNAME"}) {
            String name = System.getenv(variable);
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        }
        try {
            String name = InetAddress.getLocalHost().getHostName();
            if (name != null && !name.isBlank()) {
                return name;
            }
        } catch (java.io.IOException e) {
            // no name to be had: the generic one below
        }
        return I18n.t("syncing.device.thisComputer");
    }
}
