package dev.rapport.export.mail;

import dev.rapport.i18n.I18n;
import dev.rapport.model.MailMessage;
import dev.rapport.model.MailMessage.Address;
import dev.rapport.model.Text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.SharedFileInputStream;

/**
 * Mail files in: .eml (MIME, read with Jakarta Mail / Eclipse Angus Mail) and Outlook .msg (read
 * with outlook-message-parser), whatever their names say — an Outlook file is known by its first
 * bytes. A folder gives every .eml and .msg inside it, its sub-folders too, in name order.
 * Reading is strict where guessing would store something wrong: a message with no sender, an
 * unreadable Date, or MIME parts that break is refused with one line naming the file; a message
 * with no Date at all takes the file's time and says so.
 */
public final class MailFiles {
    /** Larger files are refused before they are read (a mail of 50 MB is read; its attachments are only named). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** The plain text kept of one message; the journal keeps less (see the intake's notes). */
    static final int MAX_BODY = 200_000;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern AUTO_SUBJECT = Pattern.compile(
            "^(out of (the )?office|automatic reply|auto(matic)?[- ]?reply|autoreply|abwesenheitsnotiz|réponse automatique"
                    + "|automatinis atsakymas|răspuns automat|автоответ|автоматична відповідь|автоматический ответ)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    private MailFiles() {
    }

    static {
        // Jakarta Mail 2.1.3 looks its stream provider up through ServiceLoader on every message and
        // header it decodes (jakartaee/mail-api#861), a scan of the class path each time; naming the
        // provider Angus Mail ships makes it a plain class lookup, ten times quicker over an mbox.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private static final Session SESSION = Session.getInstance(strictButTolerant());

    private static Properties strictButTolerant() {
        Properties p = new Properties();
        // 8-bit headers are read as UTF-8, encoded-words are decoded wherever they stand.
        p.setProperty("mail.mime.allowutf8", "true");
        p.setProperty("mail.mime.decodetext.strict", "false");
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.parameters.strict", "false");
        return p;
    }

    /** The mail files named: files as they are, folders walked for .eml and .msg files, in name order. */
    public static List<Path> files(List<Path> named) {
        List<Path> out = new ArrayList<>();
        for (Path p : named) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(MailFiles::looksLikeMail).sorted().forEach(out::add);
                } catch (IOException e) {
                    out.add(p);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** True for the names a folder is searched for. */
    public static boolean looksLikeMail(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".eml") || name.endsWith(".msg");
    }

    /** Reads one mail file; a file that cannot be read as mail is refused with one line naming it. */
    public static MailMessage read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size;
        Instant fileTime;
        byte[] head = new byte[8];
        try {
            size = Files.size(file);
            fileTime = Files.getLastModifiedTime(file).toInstant();
            try (InputStream in = Files.newInputStream(file)) {
                int n = in.readNBytes(head, 0, head.length);
                if (n == 0) {
                    throw new MailFileException(name, I18n.t("mail.reason.empty"), null);
                }
            }
        } catch (NoSuchFileException e) {
            throw new MailFileException(name, I18n.t("mail.reason.noFile"), e);
        } catch (IOException e) {
            throw new MailFileException(name, I18n.t("mail.reason.unreadable"), e);
        }
        if (size > MAX_BYTES) {
            throw new MailFileException(name, I18n.t("mail.reason.tooLarge", Long.toString(size / (1024 * 1024)),
                    Long.toString(MAX_BYTES / (1024 * 1024))), null);
        }
        if (java.util.Arrays.equals(head, OLE2)) {
            return OutlookFiles.read(file, name, fileTime);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".msg")) {
            throw new MailFileException(name, I18n.t("mail.reason.notOutlook"), null);
        }
        try (SharedFileInputStream in = new SharedFileInputStream(file.toFile())) {
            return readMime(in, name, fileTime);
        } catch (IOException e) {
            throw new MailFileException(name, I18n.t("mail.reason.unreadable"), e);
        }
    }

    /**
     * One MIME message held in memory (a message of an mbox, say), read as a file is; {@code fallbackTime}
     * stands for a missing Date header.
     */
    public static MailMessage parse(byte[] mime, String name, Instant fallbackTime) {
        if (mime.length == 0) {
            throw new MailFileException(name, I18n.t("mail.reason.empty"), null);
        }
        return readMime(new jakarta.mail.util.SharedByteArrayInputStream(mime), name, fallbackTime);
    }

    private static MailMessage readMime(InputStream in, String name, Instant fileTime) {
        try {
            MimeMessage m = new MimeMessage(SESSION, in);
            String[] fromHeader = m.getHeader("From");
            if (fromHeader == null || fromHeader.length == 0 || fromHeader[0].isBlank()) {
                throw new MailFileException(name, I18n.t("mail.reason.noSender"), null);
            }
            Address from = firstAddress(fromHeader[0], name);
            Instant sent = sent(m, name);
            boolean fromFile = sent == null;
            if (fromFile) {
                sent = fileTime;
            }
            String messageId = firstId(header(m, "Message-ID"));
            String inReplyTo = firstId(header(m, "In-Reply-To"));
            List<String> refs = ids(header(m, "References"));
            String subject = Text.clean(decodedSubject(m));
            Body body = new Body();
            collect(m, body, 0);
            String text = body.plain != null ? body.plain : HtmlText.of(body.html);
            return new MailMessage(key(messageId, m), messageId, inReplyTo, refs, from, addresses(m, "To", name),
                    addresses(m, "Cc", name), subject, sent, fromFile, limit(Text.clean(text)), body.attachments,
                    autoReply(header(m, "Auto-Submitted"), header(m, "X-Autoreply"), header(m, "X-Autorespond"),
                            header(m, "Precedence"), header(m, "X-Auto-Response-Suppress"), subject),
                    mailingList(header(m, "List-Id"), header(m, "List-Unsubscribe"), header(m, "Precedence")), name);
        } catch (MailFileException e) {
            throw e;
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new MailFileException(name, I18n.t("mail.reason.brokenMime"), e);
        }
    }

    /** The text and attachment names found while walking the parts. */
    private static final class Body {
        String plain;
        String html;
        final List<String> attachments = new ArrayList<>();
    }

    private static void collect(Part part, Body body, int depth) throws MessagingException, IOException {
        if (depth > 20) {
            throw new MessagingException("parts nested too deep");
        }
        String fileName = fileName(part);
        String disposition = part.getDisposition();
        if (fileName != null || Part.ATTACHMENT.equalsIgnoreCase(disposition)) {
            body.attachments.add(fileName == null || fileName.isBlank() ? I18n.t("mail.unnamedAttachment") : Text.clean(fileName));
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (!(content instanceof Multipart mp)) {
                throw new MessagingException("multipart without parts");
            }
            if (mp instanceof jakarta.mail.internet.MimeMultipart mime && !mime.isComplete()) {
                // Jakarta Mail reads a multipart whose closing boundary never comes; its last part may be cut short.
                throw new MessagingException("multipart not closed");
            }
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart p = mp.getBodyPart(i);
                collect(p, body, depth + 1);
            }
            return;
        }
        if (part.isMimeType("message/rfc822")) {
            Object content = part.getContent();
            if (content instanceof MimeMessage inner) {
                body.attachments.add(I18n.t("mail.forwardedAttachment", Text.clean(decodedSubject(inner))));
            }
            return;
        }
        if (part.isMimeType("text/plain") && body.plain == null) {
            body.plain = text(part);
        } else if (part.isMimeType("text/html") && body.html == null) {
            body.html = text(part);
        } else if (!part.isMimeType("text/*")) {
            body.attachments.add(I18n.t("mail.unnamedAttachment"));
        }
    }

    /** A text part; a charset Java does not know is read as UTF-8 (with replacement characters) rather than refused. */
    private static String text(Part part) throws MessagingException, IOException {
        String charset = "UTF-8";
        try {
            String declared = new ContentType(part.getContentType()).getParameter("charset");
            if (declared != null) {
                charset = MimeUtility.javaCharset(declared);
            }
        } catch (jakarta.mail.internet.ParseException e) {
            charset = "UTF-8";
        }
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY * 4);
        }
        try {
            return new String(bytes, java.nio.charset.Charset.forName(charset));
        } catch (IllegalArgumentException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static String fileName(Part part) {
        try {
            String n = part.getFileName();
            return n == null ? null : MimeUtility.decodeText(n);
        } catch (MessagingException | IOException e) {
            return null;
        }
    }

    private static String decodedSubject(MimeMessage m) throws MessagingException {
        String s = m.getSubject();
        return s == null ? "" : s;
    }

    private static Instant sent(MimeMessage m, String name) throws MessagingException {
        String raw = header(m, "Date");
        if (raw == null || raw.isBlank()) {
            return null;
        }
        java.util.Date d = m.getSentDate();
        if (d == null) {
            throw new MailFileException(name, I18n.t("mail.reason.badDate", Text.clean(raw)), null);
        }
        return d.toInstant();
    }

    private static String header(MimeMessage m, String name) throws MessagingException {
        return m.getHeader(name, " ");
    }

    static Address firstAddress(String header, String name) {
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(header, false);
            for (InternetAddress a : parsed) {
                if (a.getAddress() != null && validEmail(a.getAddress())) {
                    return new Address(Text.clean(a.getPersonal()), a.getAddress());
                }
            }
        } catch (AddressException e) {
            throw new MailFileException(name, I18n.t("mail.reason.badSender", Text.clean(header)), e);
        }
        throw new MailFileException(name, I18n.t("mail.reason.badSender", Text.clean(header)), null);
    }

    private static List<Address> addresses(MimeMessage m, String header, String name) throws MessagingException {
        String raw = header(m, header);
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        return addressList(raw);
    }

    /** The readable addresses of a header; unreadable ones (group syntax, garbage) are left out. */
    static List<Address> addressList(String raw) {
        List<Address> out = new ArrayList<>();
        try {
            for (InternetAddress a : InternetAddress.parseHeader(raw, false)) {
                if (a.getAddress() != null && validEmail(a.getAddress())) {
                    out.add(new Address(Text.clean(a.getPersonal()), a.getAddress()));
                }
            }
        } catch (AddressException e) {
            for (String part : raw.split("[,;]")) {
                Matcher at = Pattern.compile("[^\\s<>\"]+@[^\\s<>\"]+").matcher(part);
                if (at.find() && validEmail(at.group())) {
                    out.add(new Address("", at.group()));
                }
            }
        }
        return out;
    }

    static boolean validEmail(String s) {
        return s.length() <= 254 && s.matches("[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\"]+\\.[^@\\s<>()\\[\\],;:\"]+");
    }

    static String firstId(String raw) {
        List<String> ids = ids(raw);
        return ids.isEmpty() ? null : ids.get(0);
    }

    static List<String> ids(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        Matcher m = MESSAGE_ID.matcher(raw);
        while (m.find() && out.size() < 100) {
            String id = Text.clean(m.group());
            if (!out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** The Message-ID, else a digest of the headers that make a message itself (sender, recipients, date, subject). */
    private static String key(String messageId, MimeMessage m) throws MessagingException {
        if (messageId != null) {
            return messageId;
        }
        StringBuilder b = new StringBuilder();
        for (String h : List.of("From", "To", "Cc", "Date", "Subject")) {
            b.append(h).append(':').append(String.valueOf(header(m, h))).append('\n');
        }
        return digest(b.toString());
    }

    static String digest(String headers) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(headers.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean autoReply(String autoSubmitted, String xAutoreply, String xAutorespond, String precedence,
                             String suppress, String subject) {
        if (autoSubmitted != null && !autoSubmitted.isBlank() && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return true;
        }
        if (xAutoreply != null || xAutorespond != null) {
            return true;
        }
        if (precedence != null && precedence.strip().equalsIgnoreCase("auto_reply")) {
            return true;
        }
        return AUTO_SUBJECT.matcher(subject.strip()).matches();
    }

    static boolean mailingList(String listId, String listUnsubscribe, String precedence) {
        if (listId != null || listUnsubscribe != null) {
            return true;
        }
        return precedence != null && (precedence.strip().equalsIgnoreCase("bulk") || precedence.strip().equalsIgnoreCase("list"));
    }

    static String limit(String text) {
        return text.length() <= MAX_BODY ? text : text.substring(0, MAX_BODY);
    }

    static InputStream buffered(InputStream in) {
        return new BufferedInputStream(in);
    }
}
