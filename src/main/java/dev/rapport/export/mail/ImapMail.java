package dev.rapport.export.mail;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.MailReport;
import dev.rapport.model.MailMessage;
import dev.rapport.model.MailServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import javax.net.ssl.SSLSocketFactory;

import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FromStringTerm;
import jakarta.mail.search.OrTerm;
import jakarta.mail.search.RecipientStringTerm;
import jakarta.mail.search.SearchTerm;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * The consultant's mail server, read only. Over TLS always: IMAPS, or STARTTLS required, with the
 * server's certificate checked against the system's trusted authorities and its name; a password
 * is never sent in the clear. Folders are opened read-only (EXAMINE) and bodies fetched with PEEK,
 * so no flag changes, \Seen included. Only mail to or from the addresses given is fetched: the
 * server searches (FROM/TO/CC, in batches), the envelopes of what it finds are checked for an exact
 * address, and only then is a message's body fetched and read like a mail file.
 * <p>
 * Where a folder's last read stopped is kept as a {@link Mark}: the next read asks only for newer
 * UIDs, while the folder's UIDVALIDITY and the set of addresses searched for stay the same.
 */
public final class ImapMail {
    /** Addresses per SEARCH command: each gives three terms, and servers limit a command's length. */
    static final int ADDRESSES_PER_SEARCH = 40;
    private static final List<String> SENT_NAMES = List.of("sent", "sent items", "sent messages", "sent mail", "gesendet",
            "gesendete objekte", "envoyés", "trimise", "mesaje trimise", "išsiųsti", "išsiųstieji", "отправленные",
            "надіслані", "відправлені", "wysłane", "enviados");

    /** Where the last read of a folder stopped; {@code scope} names the account and the addresses searched for. */
    public record Mark(long uidValidity, long lastUid, String scope) {
        public String text() {
            return uidValidity + " " + lastUid + " " + scope;
        }

        public static Optional<Mark> parse(String text) {
            String[] parts = text == null ? new String[0] : text.strip().split(" ");
            if (parts.length != 3) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Mark(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /** What a read brought: the messages, the ones that could not be read (one line each), and the new marks. */
    public record Result(List<String> folders, List<MailMessage> messages, List<MailReport.Failure> failures,
                         Map<String, Mark> marks) {
        public Result {
            folders = List.copyOf(folders);
            messages = List.copyOf(messages);
            failures = List.copyOf(failures);
            marks = Map.copyOf(marks);
        }
    }

    /** A folder as the server lists it, with its attributes (SPECIAL-USE \Sent among them, where offered). */
    record Listed(String name, List<String> attributes) {
    }

    private final SSLSocketFactory tls;

    /**
     * Trusts the certificates {@code tls}'s trust managers trust; the server's name is checked
     * whatever the factory. The app uses {@link #verifying()}; tests trust their own server.
     */
    public ImapMail(SSLSocketFactory tls) {
        this.tls = tls;
    }

    /** Checks certificates against the system's trusted authorities, and the server's name. */
    public static ImapMail verifying() {
        return new ImapMail((SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /**
     * Reads the server's chosen folders (inbox and sent folder when none are chosen) for mail to or
     * from {@code addresses}, newer than {@code marks} where they still hold.
     */
    public Result read(MailServer server, char[] password, Set<String> addresses, Function<String, Optional<Mark>> marks) {
        String scope = scope(server, addresses);
        Session session = Session.getInstance(properties(server));
        try (Store store = session.getStore(server.startTls() ? "imap" : "imaps")) {
            // Jakarta Mail takes the password as a String; it lives no longer than this call.
            store.connect(server.host(), server.port(), server.user(), new String(password));
            List<String> folders = server.folders().isEmpty() ? defaultFolders(store) : server.folders();
            List<MailMessage> messages = new ArrayList<>();
            List<MailReport.Failure> failures = new ArrayList<>();
            Map<String, Mark> after = new LinkedHashMap<>();
            for (String name : folders) {
                Folder folder = store.getFolder(name);
                if (!folder.exists()) {
                    throw MailServerException.folder(server, name, null);
                }
                after.put(name, readFolder((IMAPFolder) folder, addresses, marks.apply(name).orElse(null), scope, messages, failures));
            }
            return new Result(folders, messages, failures, after);
        } catch (MessagingException e) {
            throw MailServerException.of(e, server);
        }
    }

    private Properties properties(MailServer server) {
        Properties p = new Properties();
        String protocol = server.startTls() ? "imap" : "imaps";
        String prefix = "mail." + protocol + ".";
        p.put(prefix + "ssl.socketFactory", tls);
        p.setProperty(prefix + "ssl.checkserveridentity", "true");
        if (server.startTls()) {
            p.setProperty(prefix + "starttls.enable", "true");
            p.setProperty(prefix + "starttls.required", "true");
        }
        p.setProperty(prefix + "peek", "true");
        p.setProperty(prefix + "connectiontimeout", "20000");
        p.setProperty(prefix + "timeout", "60000");
        p.setProperty("mail.debug.auth", "false");
        p.setProperty("mail.mime.allowutf8", "true");
        p.setProperty("mail.mime.decodetext.strict", "false");
        p.setProperty("mail.mime.address.strict", "false");
        return p;
    }

    /** The inbox, and the sent folder where the server marks one or names one as mail programs do. */
    private static List<String> defaultFolders(Store store) throws MessagingException {
        List<Listed> listed = new ArrayList<>();
        for (Folder f : store.getDefaultFolder().list("*")) {
            List<String> attributes = f instanceof IMAPFolder imap ? Arrays.asList(imap.getAttributes()) : List.of();
            listed.add(new Listed(f.getFullName(), attributes));
        }
        List<String> out = new ArrayList<>(List.of("INBOX"));
        sentFolder(listed, store.getDefaultFolder().getSeparator()).ifPresent(out::add);
        return out;
    }

    /** The folder marked \Sent (RFC 6154); else the one named as mail programs name it; else none. */
    static Optional<String> sentFolder(List<Listed> listed, char separator) {
        for (Listed l : listed) {
            if (l.attributes().stream().anyMatch(a -> a.equalsIgnoreCase("\\Sent"))) {
                return Optional.of(l.name());
            }
        }
        for (String wanted : SENT_NAMES) {
            for (Listed l : listed) {
                String last = l.name().substring(l.name().lastIndexOf(separator) + 1);
                if (last.toLowerCase(Locale.ROOT).equals(wanted) && !l.attributes().contains("\\Noselect")) {
                    return Optional.of(l.name());
                }
            }
        }
        return Optional.empty();
    }

    private Mark readFolder(IMAPFolder folder, Set<String> addresses, Mark before, String scope,
                            List<MailMessage> messages, List<MailReport.Failure> failures) throws MessagingException {
        folder.open(Folder.READ_ONLY);
        try {
            long validity = folder.getUIDValidity();
            boolean holds = before != null && before.uidValidity() == validity && before.scope().equals(scope);
            long from = holds ? before.lastUid() + 1 : 1;
            int count = folder.getMessageCount();
            long last = count == 0 ? 0 : folder.getUID(folder.getMessage(count));
            Mark mark = new Mark(validity, Math.max(last, from - 1), scope);
            if (count == 0 || last < from || addresses.isEmpty()) {
                return mark;
            }
            Message[] range = from == 1 ? null : folder.getMessagesByUID(from, UIDFolder.MAXUID);
            TreeMap<Integer, Message> found = new TreeMap<>();
            for (SearchTerm term : terms(addresses)) {
                for (Message m : range == null ? folder.search(term) : folder.search(term, range)) {
                    found.put(m.getMessageNumber(), m);
                }
            }
            Message[] candidates = found.values().toArray(new Message[0]);
            FetchProfile envelope = new FetchProfile();
            envelope.add(FetchProfile.Item.ENVELOPE);
            envelope.add(FetchProfile.Item.SIZE);
            envelope.add(UIDFolder.FetchProfileItem.UID);
            folder.fetch(candidates, envelope);
            for (Message m : candidates) {
                long uid = folder.getUID(m);
                if (uid >= from && takesPart(m, addresses)) {
                    take(folder, m, uid, messages, failures);
                }
            }
            return mark;
        } finally {
            folder.close(false);
        }
    }

    private static void take(IMAPFolder folder, Message m, long uid, List<MailMessage> messages,
                             List<MailReport.Failure> failures) throws MessagingException {
        String source = folder.getFullName() + " #" + uid;
        if (m.getSize() > MailFiles.MAX_BYTES) {
            failures.add(new MailReport.Failure(source, I18n.t("mail.error.line", source, I18n.t("mail.reason.tooLarge",
                    Long.toString(m.getSize() / (1024 * 1024)), Long.toString(MailFiles.MAX_BYTES / (1024 * 1024))))));
            return;
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(m.getSize(), 1024));
        try {
            m.writeTo(raw);
        } catch (IOException e) {
            throw new MessagingException("the message could not be fetched", e);
        }
        java.util.Date received = m.getReceivedDate();
        try {
            messages.add(MailFiles.parse(raw.toByteArray(), source, received == null ? Instant.EPOCH : received.toInstant()));
        } catch (MailFileException e) {
            failures.add(new MailReport.Failure(e.file(), e.getMessage()));
        }
    }

    /** True when the envelope names one of the addresses exactly (the server's search matches parts of addresses too). */
    private static boolean takesPart(Message m, Set<String> addresses) throws MessagingException {
        List<Address> all = new ArrayList<>();
        for (Address[] some : new Address[][]{m.getFrom(), m.getRecipients(Message.RecipientType.TO),
                m.getRecipients(Message.RecipientType.CC)}) {
            if (some != null) {
                all.addAll(Arrays.asList(some));
            }
        }
        for (Address a : all) {
            if (a instanceof InternetAddress ia && ia.getAddress() != null
                    && addresses.contains(ia.getAddress().strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** FROM, TO or CC any of the addresses, a batch of addresses a search. */
    static List<SearchTerm> terms(Set<String> addresses) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(addresses));
        List<SearchTerm> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += ADDRESSES_PER_SEARCH) {
            List<SearchTerm> any = new ArrayList<>();
            for (String a : sorted.subList(i, Math.min(sorted.size(), i + ADDRESSES_PER_SEARCH))) {
                any.add(new FromStringTerm(a));
                any.add(new RecipientStringTerm(Message.RecipientType.TO, a));
                any.add(new RecipientStringTerm(Message.RecipientType.CC, a));
            }
            out.add(new OrTerm(any.toArray(new SearchTerm[0])));
        }
        return out;
    }

    /** The account and the addresses searched for: when either changes, a folder is read from its start again. */
    static String scope(MailServer server, Set<String> addresses) {
        StringBuilder b = new StringBuilder(server.account());
        new TreeSet<>(addresses).forEach(a -> b.append('\n').append(a));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
