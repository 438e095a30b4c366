package dev.rapport.model;

import dev.rapport.i18n.I18n;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The consultant's own mail server, read only over TLS: IMAPS (port 993 unless given), or STARTTLS
 * required (port 143). The folders are the ones chosen; none chosen means the inbox and the sent
 * folder. It travels with the journal's settings; the password never does.
 */
public record MailServer(String host, int port, String user, List<String> folders, boolean startTls) {
    public static final int IMAPS_PORT = 993;
    public static final int STARTTLS_PORT = 143;

    public static final String HOST = "imap.host";
    public static final String PORT = "imap.port";
    public static final String USER = "imap.user";
    public static final String FOLDERS = "imap.folders";
    public static final String STARTTLS = "imap.startTls";
    /** Per folder, where the last read stopped: {@code MARK + folder}. */
    public static final String MARK = "imap.mark.";

    public MailServer {
        host = host == null ? "" : host.strip();
        user = user == null ? "" : user.strip();
        folders = folders == null ? List.of() : folders.stream().map(String::strip).filter(f -> !f.isEmpty()).distinct().toList();
        if (host.isEmpty() || !host.matches("[\\p{L}\\p{N}.\\-]+|\\[[0-9a-fA-F:.]+]")) {
            throw new ValidationException("host", I18n.t("mailServer.validation.host", host));
        }
        if (port < 1 || port > 65_535) {
            throw new ValidationException("port", I18n.t("mailServer.validation.port", Integer.toString(port)));
        }
        if (user.isEmpty()) {
            throw new ValidationException("user", I18n.t("mailServer.validation.user"));
        }
    }

    /**
     * From {@code HOST[:PORT]} as typed: port 143 means STARTTLS, any other port (993 when none is
     * given) TLS from the first byte, unless {@code startTls} asks for STARTTLS there.
     */
    public static MailServer parse(String hostAndPort, String user, List<String> folders, boolean startTls) {
        String text = hostAndPort == null ? "" : hostAndPort.strip();
        int colon = text.lastIndexOf(':');
        int port = IMAPS_PORT;
        String host = text;
        if (colon > 0 && !text.endsWith("]") && text.indexOf(':') == colon) {
            host = text.substring(0, colon);
            try {
                port = Integer.parseInt(text.substring(colon + 1).strip());
            } catch (NumberFormatException e) {
                throw new ValidationException("port", I18n.t("mailServer.validation.port", text.substring(colon + 1)));
            }
        } else if (startTls) {
            port = STARTTLS_PORT;
        }
        return new MailServer(host, port, user, folders, startTls || port == STARTTLS_PORT);
    }

    /** The server as the settings hold it; empty when none is set (or what is stored no longer reads). */
    public static Optional<MailServer> read(Function<String, Optional<String>> get) {
        Optional<String> host = get.apply(HOST).filter(h -> !h.isBlank());
        if (host.isEmpty()) {
            return Optional.empty();
        }
        try {
            int port = get.apply(PORT).map(String::strip).map(Integer::parseInt).orElse(IMAPS_PORT);
            List<String> folders = get.apply(FOLDERS).map(MailServer::folderList).orElse(List.of());
            boolean startTls = get.apply(STARTTLS).map(v -> v.strip().equals("true")).orElse(port == STARTTLS_PORT);
            return Optional.of(new MailServer(host.get(), port, get.apply(USER).orElse(""), folders, startTls));
        } catch (NumberFormatException | ValidationException e) {
            return Optional.empty();
        }
    }

    /** The stored keys and texts of this server (the password is not among them). */
    public Map<String, String> stored() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(HOST, host);
        out.put(PORT, Integer.toString(port));
        out.put(USER, user);
        out.put(FOLDERS, String.join("\n", folders));
        out.put(STARTTLS, Boolean.toString(startTls));
        return out;
    }

    /** Folder names one a line, or separated by commas as typed in a field. */
    public static List<String> folderList(String text) {
        List<String> out = new ArrayList<>();
        for (String f : text.split("[\\n,]")) {
            if (!f.isBlank()) {
                out.add(f.strip());
            }
        }
        return out;
    }

    /** Names the account in the keyring and in the read marks: the same user at the same server. */
    public String account() {
        return user.toLowerCase(Locale.ROOT) + "@" + host.toLowerCase(Locale.ROOT) + ":" + port;
    }
}
