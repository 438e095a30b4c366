package dev.rapport.export.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A real IMAP server on 127.0.0.1 for the tests: GreenMail over IMAPS on a free port, with a
 * certificate keytool makes for 127.0.0.1, trusted only through {@link #trust()} — the reader
 * checks the chain and the name exactly as it does against a real server.
 */
public final class TestImapServer implements AutoCloseable {
    public static final String USER = "dana@moraru-consulting.eu";
    public static final String PASSWORD = "Kx9-quartz-PLUM-7731";
    private static final String STORE_PASSWORD = "test-store-pass";
    private static SSLSocketFactory trust;

    private final GreenMail server;
    private final GreenMailUser dana;

    private TestImapServer(GreenMail server) {
        this.server = server;
        server.start();
        dana = server.setUser(USER, USER, PASSWORD);
    }

    /** An IMAPS server with the consultant's account; {@code certificates} is where its certificate is made. */
    public static synchronized TestImapServer imaps(Path certificates) throws Exception {
        if (trust == null) {
            trust = certificate(certificates);
        }
        return new TestImapServer(new GreenMail(ServerSetupTest.IMAPS.dynamicPort()));
    }

    /** A plain IMAP server (no TLS, no STARTTLS). */
    public static TestImapServer plain() {
        return new TestImapServer(new GreenMail(ServerSetupTest.IMAP.dynamicPort()));
    }

    /** Trusts the test server's certificate and nothing else. */
    public static SSLSocketFactory trust() {
        return trust;
    }

    public int port() {
        return server.getImaps() != null ? server.getImaps().getPort() : server.getImap().getPort();
    }

    private static SSLSocketFactory certificate(Path dir) throws IOException, InterruptedException, GeneralSecurityException {
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "greenmail", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool could not make the test certificate");
        }
        // GreenMail reads its key store once per JVM, from these properties.
        System.setProperty("greenmail.tls.keystore.file", keystore.toString());
        System.setProperty("greenmail.tls.keystore.password", STORE_PASSWORD);
        System.setProperty("greenmail.tls.key.password", STORE_PASSWORD);
        KeyStore serverKeys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            serverKeys.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("test-server", serverKeys.getCertificate("greenmail"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context.getSocketFactory();
    }

    /** The client asks, the consultant replies from her sent folder, a stranger and a near-miss address write too. */
    public void mailbox() throws Exception {
        MailFolder inbox = server.getManagers().getImapHostManager().getInbox(dana);
        MailFolder sent = server.getManagers().getImapHostManager().createMailbox(dana, "Sent");
        put(inbox, """
                From: Ilona Kask <ilona.kask@northwind.example>
                To: Dana Moraru <dana@moraru-consulting.eu>
                Subject: Revised routing plan
                Date: Mon, 02 Nov 2026 09:15:00 +0200
                Message-ID: <q1@northwind.example>
                Content-Type: text/plain; charset=UTF-8

                Hello Dana,
                Could you send the revised routing plan? And when can we meet to go through it?
                Ilona
                """, new Flags());
        put(inbox, """
                From: Offers <deals@elsewhere.example>
                To: dana@moraru-consulting.eu
                Subject: Cheap flights?
                Date: Mon, 02 Nov 2026 09:20:00 +0200
                Message-ID: <spam1@elsewhere.example>

                Do you want cheap flights?
                """, new Flags(Flags.Flag.FLAGGED));
        put(inbox, """
                From: Someone <xilona.kask@northwind.example>
                To: dana@moraru-consulting.eu
                Subject: Not Ilona
                Date: Mon, 02 Nov 2026 09:25:00 +0200
                Message-ID: <near@northwind.example>

                An address that only contains Ilona's: is it hers?
                """, new Flags());
        put(sent, """
                From: Dana Moraru <dana@moraru-consulting.eu>
                To: Ilona Kask <ilona.kask@northwind.example>
                Subject: Re: Revised routing plan
                Date: Mon, 02 Nov 2026 10:40:00 +0200
                Message-ID: <r1@moraru-consulting.eu>
                In-Reply-To: <q1@northwind.example>
                References: <q1@northwind.example>

                Hello Ilona, the plan is attached; Thursday at 10 suits me.
                """, new Flags());
    }

    private static void put(MailFolder folder, String text, Flags flags) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        folder.appendMessage(m, flags, Date.from(Instant.parse("2026-11-02T08:00:00Z")));
    }

    /** Every message's flags on the server, by folder and UID. */
    public Map<String, String> flags() throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (String name : List.of("INBOX", "Sent")) {
            MailFolder folder = name.equals("INBOX") ? server.getManagers().getImapHostManager().getInbox(dana)
                    : server.getManagers().getImapHostManager().getFolder(dana, name);
            for (StoredMessage m : folder.getMessages()) {
                out.put(name + "#" + m.getUid(), names(m.getFlags()));
            }
        }
        return out;
    }

    private static String names(Flags flags) {
        Map<Flags.Flag, String> names = Map.of(Flags.Flag.SEEN, "\\Seen", Flags.Flag.ANSWERED, "\\Answered",
                Flags.Flag.FLAGGED, "\\Flagged", Flags.Flag.DELETED, "\\Deleted", Flags.Flag.DRAFT, "\\Draft",
                Flags.Flag.RECENT, "\\Recent");
        List<String> out = new ArrayList<>();
        names.forEach((flag, name) -> {
            if (flags.contains(flag)) {
                out.add(name);
            }
        });
        out.addAll(List.of(flags.getUserFlags()));
        return String.join(" ", new TreeSet<>(out));
    }

    @Override
    public void close() {
        server.stop();
    }
}
