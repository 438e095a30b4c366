package dev.rapport.ui.contacts;

import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Contact;
import dev.rapport.model.Person;
import dev.rapport.ui.common.Background;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The person sheet's journal work: what is known of someone already stored (their roles and tags,
 * other emails, language), read off the FX thread; and the save, in one step.
 */
final class ContactFormModel {
    /** What the sheet shows of a stored person besides the contact itself. */
    record Known(Optional<Person> person, List<String> otherEmails, Optional<Language> language) {
    }

    /** The sheet's fields as typed. */
    record Typed(String name, String role, String email, String phone, dev.rapport.model.Channel preferred, String zone,
                 String notes, boolean carries, String tags, List<String> otherEmails, Optional<Language> language) {
    }

    private final JournalSession session;
    private final Background background;

    ContactFormModel(JournalSession session, Background background) {
        this.session = session;
        this.background = background;
    }

    void known(long contactId, Consumer<Known> show, Consumer<Throwable> failed) {
        background.run(() -> new Known(session.contacts().person(contactId), session.personMail().otherEmails(contactId),
                session.personMail().language(contactId)), show, failed);
    }

    /**
     * Stores the person as typed, seen from {@code clientId}: a new one there, or an existing one whose
     * title and context-carrier mark change only at their home client. Call it off the FX thread.
     */
    Contact save(Contact existing, long clientId, Typed t) {
        return session.inOneTransaction(() -> {
            Contact c;
            if (existing == null) {
                c = session.contacts().save(new Contact(0, clientId, t.name(), t.role(), t.email(),
                        t.phone(), t.preferred(), t.zone(), t.notes(), t.carries()));
            } else {
                Contact now = session.contacts().find(existing.id()).orElse(existing);
                boolean home = now.clientId() == clientId;
                c = session.contacts().saveAt(new Contact(existing.id(), now.clientId(), t.name(),
                        home ? t.role() : now.role(), t.email(), t.phone(), t.preferred(), t.zone(), t.notes(),
                        home ? t.carries() : now.contextCarrier()), clientId, t.role());
            }
            session.people().setTags(c.id(), t.tags());
            session.personMail().setOtherEmails(c.id(), t.otherEmails());
            session.personMail().setLanguage(c.id(), t.language());
            return c;
        });
    }
}
