package dev.rapport.export.mail;

import dev.rapport.model.MailDraft;
import dev.rapport.model.RapportException;
import dev.rapport.store.SafeFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A reply handed to the person's mail program, two ways: a {@code mailto:} URI (RFC 6068) that
 * opens a new message with the address, subject and text filled in; and an RFC 822 draft (.eml)
 * marked {@code X-Unsent: 1}, which Outlook and Thunderbird open as a message still to send, in
 * reply to the client's message so it joins their thread.
 */
public final class ReplyDrafts {
    private ReplyDrafts() {
    }

    /** The mailto: URI: every part percent-encoded in UTF-8, lines ending CRLF as RFC 6068 asks. */
    public static URI mailto(MailDraft d) {
        String body = d.body().replace("\r\n", "\n").replace("\n", "\r\n");
        return URI.create("mailto:" + encode(d.to()).replace("%40", "@") + "?subject=" + encode(d.subject()) + "&body=" + encode(body));
    }

    private static String encode(String s) {
        // URLEncoder writes form encoding: a space as '+', which mail programs keep as a plus
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The draft as an RFC 822 message: no sender (the mail program adds the account's), UTF-8 text. */
    public static byte[] eml(MailDraft d) {
        try {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
            if (!d.to().isBlank()) {
                m.setRecipients(Message.RecipientType.TO, new InternetAddress[] {new InternetAddress(d.to(), true)});
            }
            m.setSubject(d.subject(), "UTF-8");
            m.setText(d.body(), "UTF-8");
            m.setHeader("X-Unsent", "1");
            if (d.inReplyTo() != null) {
                m.setHeader("In-Reply-To", d.inReplyTo());
            }
            if (!d.references().isEmpty()) {
                m.setHeader("References", String.join(" ", d.references()));
            }
            m.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new RapportException(e.getMessage(), e);
        }
    }

    /** Writes the draft to a file (owner-only, moved into place whole, or not at all). */
    public static void writeEml(MailDraft d, Path file) {
        SafeFiles.write(file, eml(d));
    }

    /** A file name for the draft from its subject: letters, digits, spaces and dashes kept, ".eml" added. */
    public static String fileName(MailDraft d) {
        String base = d.subject().replaceAll("[^\\p{L}\\p{N} _-]+", " ").strip().replaceAll("\\s+", " ");
        if (base.length() > 60) {
            base = base.substring(0, 60).strip();
        }
        return (base.isEmpty() ? "reply" : base) + ".eml";
    }
}
