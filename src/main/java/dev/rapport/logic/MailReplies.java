package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.model.Contact;
import dev.rapport.model.MailDraft;
import dev.rapport.model.Request;
import dev.rapport.store.MailRepository;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replies handed to the person's mail program (issue 17, mail out): the acknowledgement and the
 * answer in the person's preferred language where it is known, else the app's; and the draft's
 * headers — to the person, "Re: subject", in reply to the client's message the request came in.
 */
public final class MailReplies {
    private final MailRepository mail;
    private final LedgerService ledger;
    private final ContactService contacts;
    private final PersonMail personMail;

    MailReplies(MailRepository mail, LedgerService ledger, ContactService contacts, PersonMail personMail) {
        this.mail = mail;
        this.ledger = ledger;
        this.contacts = contacts;
        this.personMail = personMail;
    }

    /** The language to write to a person in: their preferred one, else the one the app speaks. */
    public Language language(Long contactId) {
        return contactId == null ? I18n.language() : personMail.language(contactId).orElse(I18n.language());
    }

    /** The acknowledgement to a person, promising the answer by {@code answerBy} (in their zone), in their language. */
    public String acknowledgement(Contact person, ZonedDateTime answerBy, List<String> questions) {
        Language l = language(person == null ? null : person.id());
        return ReplyTemplates.acknowledgement(ledger.template(ReplyTemplates.ACKNOWLEDGE_KEY, l), person == null ? "" : person.name(),
                answerBy, questions, l);
    }

    /** The answer to a person: the numbered answers in the order asked and whether anything else is open, in their language. */
    public String answer(Contact person, List<String> questions, List<String> answers) {
        Language l = language(person == null ? null : person.id());
        return ReplyTemplates.answer(ledger.template(ReplyTemplates.ANSWER_KEY, l), person == null ? "" : person.name(), questions,
                answers, l);
    }

    /**
     * The draft of a reply to a stored request with the given text: to its person's first email (else
     * their first other one; none when no email is known), "Re: " and the subject of the message it
     * came in (else the request's), and in reply to that message when it came by mail.
     */
    public MailDraft draft(long requestId, String body) {
        Request r = ledger.request(requestId);
        Optional<MailRepository.Row> message = mail.byRequest(requestId);
        Long contactId = r.contactId() != null ? r.contactId() : message.map(MailRepository.Row::contactId).orElse(null);
        String to = "";
        if (contactId != null) {
            Optional<Contact> person = contacts.find(contactId);
            to = person.map(Contact::email).filter(e -> !e.isBlank())
                    .orElseGet(() -> personMail.otherEmails(contactId).stream().findFirst().orElse(""));
        }
        String subject = message.map(MailRepository.Row::subject).filter(s -> !s.isBlank()).orElse(r.subject());
        String inReplyTo = message.map(MailRepository.Row::messageId).orElse(null);
        List<String> refs = new ArrayList<>();
        message.ifPresent(m -> {
            if (!m.refs().isBlank()) {
                refs.addAll(List.of(m.refs().split(" ")));
            }
            if (m.messageId() != null) {
                refs.add(m.messageId());
            }
        });
        return new MailDraft(to, reSubject(subject), body, inReplyTo, refs);
    }

    /** "Re: " before the subject, once: a subject that already begins with a reply prefix keeps its own. */
    static String reSubject(String subject) {
        String s = subject == null ? "" : subject.strip();
        return MailIntake.requestSubject(s).equals(s) ? "Re: " + s : s;
    }
}
