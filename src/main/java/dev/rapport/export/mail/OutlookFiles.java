package dev.rapport.export.mail;

import dev.rapport.i18n.I18n;
import dev.rapport.model.MailMessage;
import dev.rapport.model.MailMessage.Address;
import dev.rapport.model.Text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.simplejavamail.outlookmessageparser.OutlookMessageParser;
import org.simplejavamail.outlookmessageparser.model.OutlookAttachment;
import org.simplejavamail.outlookmessageparser.model.OutlookFileAttachment;
import org.simplejavamail.outlookmessageparser.model.OutlookMessage;
import org.simplejavamail.outlookmessageparser.model.OutlookMsgAttachment;
import org.simplejavamail.outlookmessageparser.model.OutlookRecipient;

/**
 * Outlook .msg files, read with outlook-message-parser: the same fields as a MIME message. The
 * threading headers come from the transport headers Outlook keeps for received mail; a message
 * Outlook wrote itself may have none, and then threads by nothing.
 */
final class OutlookFiles {
    /**
     * outlook-message-parser traces every property it reads, the message's text included: its
     * logger never says more than warnings, whatever level the rest of the app logs at. Held here
     * so the setting is not collected with the logger.
     */
    private static final java.util.logging.Logger PARSER_LOG = quiet("org.simplejavamail");

    private OutlookFiles() {
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    static MailMessage read(Path file, String name, Instant fileTime) {
        OutlookMessage m;
        try (InputStream in = Files.newInputStream(file)) {
            m = new OutlookMessageParser().parseMsg(in);
        } catch (IOException | RuntimeException e) {
            throw new MailFileException(name, I18n.t("mail.reason.notOutlook"), e);
        }
        try {
            Map<String, String> headers = headers(m);
            String fromEmail = m.getFromEmail();
            if (fromEmail == null || !MailFiles.validEmail(fromEmail.strip())) {
                if (headers.containsKey("from")) {
                    Address from = MailFiles.firstAddress(headers.get("from"), name);
                    fromEmail = from.email();
                } else {
                    throw new MailFileException(name, I18n.t("mail.reason.noSender"), null);
                }
            }
            Address from = new Address(Text.clean(m.getFromName()), fromEmail.strip());
            Instant sent = m.getClientSubmitTime() != null ? m.getClientSubmitTime().toInstant()
                    : m.getDate() != null ? m.getDate().toInstant() : headerDate(headers.get("date"));
            boolean fromFile = sent == null;
            String messageId = MailFiles.firstId(m.getMessageId() != null ? m.getMessageId() : headers.get("message-id"));
            String subject = Text.clean(m.getSubject());
            String text = m.getBodyText() != null && !m.getBodyText().isBlank() ? m.getBodyText()
                    : HtmlText.of(m.getBodyHTML() != null ? m.getBodyHTML() : m.getConvertedBodyHTML());
            List<String> attachments = new ArrayList<>();
            for (OutlookAttachment a : m.getOutlookAttachments()) {
                if (a instanceof OutlookFileAttachment f) {
                    String n = f.getLongFilename() != null ? f.getLongFilename() : f.getFilename();
                    attachments.add(n == null || n.isBlank() ? I18n.t("mail.unnamedAttachment") : Text.clean(n));
                } else if (a instanceof OutlookMsgAttachment msg && msg.getOutlookMessage() != null) {
                    attachments.add(I18n.t("mail.forwardedAttachment", Text.clean(msg.getOutlookMessage().getSubject())));
                }
            }
            String key = messageId != null ? messageId : MailFiles.digest("From:" + from.email() + "\nTo:" + m.getDisplayTo()
                    + "\nCc:" + m.getDisplayCc() + "\nDate:" + sent + "\nSubject:" + subject + "\n");
            boolean oof = m.getMessageClass() != null && m.getMessageClass().toLowerCase(java.util.Locale.ROOT).contains("oof");
            return new MailMessage(key, messageId, MailFiles.firstId(headers.get("in-reply-to")),
                    MailFiles.ids(headers.get("references")), from, to(m),
                    recipients(m.getCcRecipients()), subject, fromFile ? fileTime : sent, fromFile,
                    MailFiles.limit(Text.clean(text)), attachments,
                    oof || MailFiles.autoReply(headers.get("auto-submitted"), headers.get("x-autoreply"),
                            headers.get("x-autorespond"), headers.get("precedence"), null, subject),
                    MailFiles.mailingList(headers.get("list-id"), headers.get("list-unsubscribe"), headers.get("precedence")),
                    name);
        } catch (MailFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MailFileException(name, I18n.t("mail.reason.notOutlook"), e);
        }
    }

    private static Map<String, String> headers(OutlookMessage m) {
        Map<String, String> out = new TreeMap<>();
        Map<String, Collection<String>> raw = m.getHeadersMap();
        if (raw != null) {
            raw.forEach((k, v) -> {
                if (k != null && v != null && !v.isEmpty()) {
                    out.put(k.toLowerCase(java.util.Locale.ROOT), String.join(" ", v));
                }
            });
        }
        return out;
    }

    /** The To recipients; all recipients when Outlook kept no recipient types. */
    private static List<Address> to(OutlookMessage m) {
        List<Address> to = recipients(m.getToRecipients());
        return to.isEmpty() && recipients(m.getCcRecipients()).isEmpty() ? recipients(m.getRecipients()) : to;
    }

    private static Instant headerDate(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return new jakarta.mail.internet.MailDateFormat().parse(date.strip()).toInstant();
        } catch (java.text.ParseException e) {
            return null;
        }
    }

    private static List<Address> recipients(List<OutlookRecipient> list) {
        List<Address> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (OutlookRecipient r : list) {
            String email = r.getAddress() == null ? "" : r.getAddress().strip();
            if (MailFiles.validEmail(email)) {
                out.add(new Address(Text.clean(r.getName()), email));
            }
        }
        return out;
    }
}
