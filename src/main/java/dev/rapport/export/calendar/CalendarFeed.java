package dev.rapport.export.calendar;

import dev.rapport.i18n.I18n;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Reads a subscribed calendar once: over https with the validators of the last good read
 * (If-None-Match, If-Modified-Since), so an unchanged calendar costs the server a 304 and Rapport
 * nothing; or from a local file, compared by its modification time. It only fetches: what the body
 * means, and keeping the last good meetings when a read fails, is the subscription's work. Every
 * failure comes back as a message key in words, never as an exception, and never names the secret
 * address (only {@link CalendarAddress#shown()}).
 */
public final class CalendarFeed {
    private static final Logger LOG = Logger.getLogger(CalendarFeed.class.getName());
    /** A year of a busy calendar is a few megabytes; anything far larger is not a calendar. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final long maxBytes;

    public CalendarFeed() {
        this(HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build(), MAX_BYTES);
    }

    CalendarFeed(HttpClient client, long maxBytes) {
        this.client = client;
        this.maxBytes = maxBytes;
    }

    /** What the last good read left to ask "has it changed?" with; {@link #NONE} before the first. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    /** The outcome of one read. */
    public sealed interface Read permits Fresh, Unchanged, Failed {
    }

    /** A new body (UTF-8 text of an iCalendar) and the validators to ask with next time. */
    public record Fresh(String body, Validators validators) implements Read {
    }

    /** The calendar has not changed since the read the validators came from. */
    public record Unchanged() implements Read {
    }

    /** Nothing usable came back; {@link #text()} says why in the user's language. */
    public record Failed(String key, List<Object> args) implements Read {
        public Failed(String key, Object... args) {
            this(key, List.of(args));
        }

        public String text() {
            return I18n.t(key, args.toArray());
        }
    }

    public Read read(CalendarAddress address, Validators last) {
        Read read = address.isFile() ? readFile(address, last) : readHttp(address, last);
        if (read instanceof Failed failed) {
            LOG.info(() -> "Calendar " + address.shown() + " not read: " + failed.key());
        }
        return read;
    }

    private Read readFile(CalendarAddress address, Validators last) {
        try {
            String modified = Files.getLastModifiedTime(address.file()).toInstant().toString();
            if (modified.equals(last.lastModified())) {
                return new Unchanged();
            }
            if (Files.size(address.file()) > maxBytes) {
                return new Failed("calendar.feed.tooLarge", maxBytes / (1024 * 1024));
            }
            return checked(Files.readAllBytes(address.file()), new Validators(null, modified));
        } catch (NoSuchFileException e) {
            return new Failed("calendar.feed.fileMissing", address.shown());
        } catch (IOException e) {
            return new Failed("calendar.feed.unreadable", address.shown());
        }
    }

    private Read readHttp(CalendarAddress address, Validators last) {
        HttpRequest.Builder request = HttpRequest.newBuilder(address.uri()).timeout(TIMEOUT).GET()
                .header("Accept", "text/calendar, */*;q=0.5")
                .header("User-Agent", "Rapport (calendar subscription)");
        Optional.ofNullable(last.etag()).ifPresent(v -> request.header("If-None-Match", v));
        Optional.ofNullable(last.lastModified()).ifPresent(v -> request.header("If-Modified-Since", v));
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            return new Failed("calendar.feed.timeout", address.uri().getHost(), TIMEOUT.toSeconds());
        } catch (IOException e) {
            return new Failed("calendar.feed.unreachable", address.uri().getHost());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed("calendar.feed.unreachable", address.uri().getHost());
        }
        int status = response.statusCode();
        try (InputStream body = response.body()) {
            if (status == 304) {
                return new Unchanged();
            }
            if (status == 401 || status == 403) {
                return new Failed("calendar.feed.refused", address.uri().getHost());
            }
            if (status == 404 || status == 410) {
                return new Failed("calendar.feed.gone", address.uri().getHost());
            }
            if (status != 200) {
                return new Failed("calendar.feed.serverError", address.uri().getHost(), status);
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                return new Failed("calendar.feed.tooLarge", maxBytes / (1024 * 1024));
            }
            Validators next = new Validators(response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
            return checked(bytes, next);
        } catch (IOException e) {
            return new Failed("calendar.feed.unreachable", address.uri().getHost());
        }
    }

    /** A login page or an error page served with 200 is not a calendar: said so, and the last good one stays. */
    private static Read checked(byte[] bytes, Validators validators) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
            return new Failed("calendar.feed.notCalendar");
        }
        return new Fresh(text, validators);
    }
}
