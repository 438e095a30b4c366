package dev.rapport.model;

import java.util.List;

/**
 * A reply to hand to the person's mail program: to whom (may be empty when no email is known),
 * "Re: subject", the text, and the client's message it answers (In-Reply-To and References, when
 * the request came by mail).
 */
public record MailDraft(String to, String subject, String body, String inReplyTo, List<String> references) {
    public MailDraft {
        to = to == null ? "" : to;
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        references = references == null ? List.of() : List.copyOf(references);
    }
}
