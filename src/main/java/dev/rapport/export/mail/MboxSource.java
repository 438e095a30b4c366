package dev.rapport.export.mail;

import dev.rapport.i18n.I18n;
import dev.rapport.model.MailMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of an mbox file (Thunderbird's folders, mutt's, an export), read as a stream: one
 * message in memory at a time, whatever the file's size. A message starts at a "From " line that
 * follows a blank line (or opens the file) and carries a time, as every mbox writer puts there;
 * a body line quoted as "&gt;From " (mboxo and mboxrd alike) is given back without its first
 * "&gt;". Messages Thunderbird has deleted but not yet compacted away (X-Mozilla-Status expunged)
 * are passed over. A last message cut short (no line end: still being written, or a broken copy)
 * is refused rather than stored cut, so it is read whole next time. The file is opened for
 * reading only.
 *
 * <p>Written here rather than taken from mime4j's mbox iterator, which maps the whole file into
 * memory in chunks by a regular expression over characters and does not undo "&gt;From " quoting.
 */
final class MboxSource implements MailSource {
    private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");
    private static final Pattern ASCTIME = Pattern.compile(
            "([A-Z][a-z]{2}) +([A-Z][a-z]{2}) +(\\d{1,2}) +(\\d{1,2}:\\d{2}:\\d{2}) +(\\d{4})");
    private static final DateTimeFormatter ASCTIME_FORMAT = DateTimeFormatter.ofPattern("MMM d H:mm:ss yyyy", Locale.US);
    private static final int EXPUNGED = 0x0008;

    private final Path file;
    private final String name;
    private final long size;
    private final Instant fileTime;
    private InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int at;
    private int end;
    private long position;
    private boolean lastLineEnded = true;
    /** The "From " line that opens the next message; null when there is none left. */
    private byte[] nextFrom;
    private boolean started;
    private int ordinal;

    MboxSource(Path file) throws IOException {
        this.file = file;
        this.name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        this.size = Files.size(file);
        this.fileTime = Files.getLastModifiedTime(file).toInstant();
    }

    /** True when the file opens the way an mbox does, with a "From " line. */
    static boolean looksLikeMbox(Path file) {
        try (InputStream head = Files.newInputStream(file, StandardOpenOption.READ)) {
            byte[] first = head.readNBytes(FROM.length);
            return java.util.Arrays.equals(first, FROM);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String name() {
        return name;
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
    public Optional<MailMessage> next() {
        try {
            if (!started) {
                started = true;
                in = Files.newInputStream(file, StandardOpenOption.READ);
                nextFrom = readLine();
            }
            while (nextFrom != null) {
                byte[] from = nextFrom;
                nextFrom = null;
                ordinal++;
                String messageName = I18n.t("mailFolders.message", name, Integer.toString(ordinal));
                Collected message = collect();
                if (message.expunged) {
                    continue;
                }
                if (message.cutShort) {
                    throw new MailFileException(messageName, I18n.t("mailFolders.reason.cutShort"), null);
                }
                if (message.tooLarge) {
                    throw new MailFileException(messageName, I18n.t("mail.reason.tooLarge",
                            Long.toString(message.bytes / (1024 * 1024)), Long.toString(MailFiles.MAX_BYTES / (1024 * 1024))), null);
                }
                return Optional.of(MailFiles.parse(message.mime.toByteArray(), messageName, sentOf(from).orElse(fileTime)));
            }
            return Optional.empty();
        } catch (IOException e) {
            nextFrom = null;
            close();
            throw new MailFileException(name, I18n.t("mail.reason.unreadable"), e);
        }
    }

    /** One message's bytes as read up to the next "From " line, and what was seen on the way. */
    private static final class Collected {
        final ByteArrayOutputStream mime = new ByteArrayOutputStream(8192);
        long bytes;
        boolean expunged;
        boolean tooLarge;
        boolean cutShort;
    }

    private Collected collect() throws IOException {
        Collected c = new Collected();
        boolean inHeaders = true;
        byte[] heldBlank = null;
        byte[] line;
        while ((line = readLine()) != null) {
            boolean blank = isBlank(line);
            if (heldBlank != null && startsWith(line, FROM) && separator(line)) {
                nextFrom = line;
                return c;
            }
            if (heldBlank != null) {
                write(c, heldBlank, 0);
                heldBlank = null;
            }
            if (blank) {
                inHeaders = false;
                heldBlank = line;
                continue;
            }
            if (inHeaders) {
                c.expunged |= expunged(line);
            }
            int skip = 0;
            if (line.length > 0 && line[0] == '>') {
                int i = 0;
                while (i < line.length && line[i] == '>') {
                    i++;
                }
                if (startsWithAt(line, i, FROM)) {
                    skip = 1;
                }
            }
            write(c, line, skip);
        }
        c.cutShort = !lastLineEnded;
        return c;
    }

    private static void write(Collected c, byte[] line, int skip) {
        c.bytes += line.length - skip;
        if (c.bytes > MailFiles.MAX_BYTES) {
            c.tooLarge = true;
            return;
        }
        c.mime.write(line, skip, line.length - skip);
    }

    /** A "From " line that opens a message: it carries a time and a year, as the mbox convention writes. */
    private static boolean separator(byte[] line) {
        String s = new String(line, StandardCharsets.ISO_8859_1);
        return TIME.matcher(s).find() && YEAR.matcher(s).find();
    }

    /** The envelope time of a "From " line (asctime, taken as UTC), used when the message has no Date. */
    static Optional<Instant> sentOf(byte[] fromLine) {
        Matcher m = ASCTIME.matcher(new String(fromLine, StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(m.group(2) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5), ASCTIME_FORMAT)
                    .toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean expunged(byte[] line) {
        String s = new String(line, StandardCharsets.ISO_8859_1);
        if (!s.regionMatches(true, 0, "X-Mozilla-Status:", 0, 17)) {
            return false;
        }
        try {
            return (Integer.parseInt(s.substring(17).strip(), 16) & EXPUNGED) != 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isBlank(byte[] line) {
        return line.length == 0 || (line.length == 1 && line[0] == '\n') || (line.length == 2 && line[0] == '\r' && line[1] == '\n');
    }

    private static boolean startsWith(byte[] line, byte[] prefix) {
        return startsWithAt(line, 0, prefix);
    }

    private static boolean startsWithAt(byte[] line, int offset, byte[] prefix) {
        if (line.length - offset < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (line[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The next line with its line end, or null at the end of the file. A line longer than a message
     * may be is cut there (its message is refused as too large anyway), so memory stays bounded.
     */
    private byte[] readLine() throws IOException {
        ByteArrayOutputStream line = null;
        while (true) {
            if (at == end) {
                end = in.read(buffer);
                at = 0;
                if (end <= 0) {
                    end = 0;
                    if (line == null) {
                        return null;
                    }
                    lastLineEnded = false;
                    return line.toByteArray();
                }
            }
            int start = at;
            while (at < end && buffer[at] != '\n') {
                at++;
            }
            boolean ended = at < end;
            if (ended) {
                at++;
            }
            position += at - start;
            if (line == null && ended) {
                lastLineEnded = true;
                return java.util.Arrays.copyOfRange(buffer, start, at);
            }
            if (line == null) {
                line = new ByteArrayOutputStream(256);
            }
            if (line.size() <= MailFiles.MAX_BYTES) {
                line.write(buffer, start, at - start);
            }
            if (ended) {
                lastLineEnded = true;
                return line.toByteArray();
            }
        }
    }

    @Override
    public void close() {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // only read from: nothing is lost
            }
            in = null;
        }
    }
}
