package dev.rapport.model;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One mail message as read from a file (.eml or Outlook .msg), reduced to what the journal uses:
 * who wrote to whom, when, about what, the plain text, and how it threads. Attachments are only
 * named, never kept. {@code key} is the Message-ID, or a digest of the headers when it has none,
 * so the same message is recognised however often it is read.
 *
 * @param source        the file it came from (its name, for messages to the user)
 * @param dateFromFile  true when the message had no readable Date header and {@code sent} is the file's time
 * @param autoReply     an auto-reply (Auto-Submitted, out-of-office): never an acknowledgement
 * @param mailingList   sent through a mailing list (List-Id, Precedence: bulk/list)
 */
public record MailMessage(String key, String messageId, String inReplyTo, List<String> references,
                          Address from, List<Address> to, List<Address> cc, String subject, Instant sent,
                          boolean dateFromFile, String body, List<String> attachments, boolean autoReply,
                          boolean mailingList, String source) {

    /** A mail address with the display name written beside it (may be empty). */
    public record Address(String name, String email) {
        public Address {
            name = name == null ? "" : name.strip();
            email = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        }

        /** The part after '@', lower case; empty when there is none. */
        public String domain() {
            int at = email.lastIndexOf('@');
            return at < 0 ? "" : email.substring(at + 1);
        }

        @Override
        public String toString() {
            return name.isEmpty() ? email : name + " <" + email + ">";
        }
    }

    public MailMessage {
        references = references == null ? List.of() : List.copyOf(references);
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        inReplyTo = inReplyTo == null || inReplyTo.isBlank() ? null : inReplyTo;
        messageId = messageId == null || messageId.isBlank() ? null : messageId;
    }

    /** Everyone it was sent to, To first, then Cc. */
    public List<Address> recipients() {
        return java.util.stream.Stream.concat(to.stream(), cc.stream()).toList();
    }
}
