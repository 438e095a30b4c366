package dev.rapport.export.calendar;

import dev.rapport.model.RapportException;
import dev.rapport.i18n.I18n;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Where a subscribed calendar is read from: a private .ics address (Google's "secret address in iCal
 * format", Outlook's published calendar, Apple's webcal: link) or an .ics file on this machine. The
 * address is a secret — whoever has it reads the calendar — so it is never shown, logged or
 * printed whole: {@link #toString()} and {@link #shown()} give its host and the end of its path only.
 */
public final class CalendarAddress {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final URI uri;
    private final Path file;

    private CalendarAddress(URI uri, Path file) {
        this.uri = uri;
        this.file = file;
    }

    /**
     * Reads what the person typed or pasted. {@code webcal:} is read as https (as calendar programs do);
     * plain http is refused except to this machine, because the address would cross the network in clear.
     */
    public static CalendarAddress parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new RapportException(I18n.t("calendar.address.empty"));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("webcal://") || lower.startsWith("webcals://")) {
            text = "https://" + text.substring(text.indexOf("://") + 3);
            lower = text.toLowerCase(Locale.ROOT);
        }
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            URI uri = uri(text);
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new RapportException(I18n.t("calendar.address.invalid"));
            }
            if (uri.getScheme().equalsIgnoreCase("http") && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
                throw new RapportException(I18n.t("calendar.address.insecure"));
            }
            return new CalendarAddress(uri, null);
        }
        if (lower.startsWith("file:")) {
            return ofFile(Path.of(uri(text)));
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new RapportException(I18n.t("calendar.address.invalid"));
        }
        try {
            return ofFile(Path.of(text));
        } catch (InvalidPathException e) {
            // not chained: its message holds what was typed, which may be the secret address
            throw new RapportException(I18n.t("calendar.address.invalid"));
        }
    }

    private static CalendarAddress ofFile(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new RapportException(I18n.t("calendar.feed.fileMissing", absolute.getFileName()));
        }
        return new CalendarAddress(null, absolute);
    }

    private static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            // not chained: its message holds what was typed, which may be the secret address
            throw new RapportException(I18n.t("calendar.address.invalid"));
        }
    }

    public boolean isFile() {
        return file != null;
    }

    URI uri() {
        return uri;
    }

    Path file() {
        return file;
    }

    /** The address in full, for storing it where secrets are kept; never for showing or logging. */
    public String secret() {
        return file != null ? file.toString() : uri.toString();
    }

    /**
     * What a person recognises without the secret part: "calendar.google.com/…/basic.ics",
     * "p34-caldav.icloud.com/…", or the file's name.
     */
    public String shown() {
        if (file != null) {
            return String.valueOf(file.getFileName());
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        // Google's secret is in the middle ("…/private-abc/basic.ics"), iCloud's is the last part itself.
        boolean plainName = last.matches("[\\w.-]{1,24}\\.ics");
        return uri.getHost() + (plainName ? "/…/" + last : "/…");
    }

    @Override
    public String toString() {
        return shown();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CalendarAddress other && secret().equals(other.secret());
    }

    @Override
    public int hashCode() {
        return secret().hashCode();
    }
}
