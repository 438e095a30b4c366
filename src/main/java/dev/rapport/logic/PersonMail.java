package dev.rapport.logic;

import dev.rapport.i18n.Language;
import dev.rapport.store.ContactEmailRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What mail knows of a person: every email they have (their first one, where mail goes, then the
 * others), and the language they prefer to be written to, for the replies drafted to them.
 */
public final class PersonMail {
    private final ContactEmailRepository repository;

    PersonMail(ContactEmailRepository repository) {
        this.repository = repository;
    }

    /** The person's other emails (not their first one), in the order they were added. */
    public List<String> otherEmails(long contactId) {
        return repository.others(contactId);
    }

    /** Replaces the person's other emails (each checked; blanks, repeats and their first one left out). */
    public List<String> setOtherEmails(long contactId, List<String> emails) {
        return repository.replaceOthers(contactId, emails);
    }

    /** Gives the person one more email (their first when they had none); whether it was new to them. */
    public boolean addEmail(long contactId, String email) {
        return repository.add(contactId, email);
    }

    /** Every person's emails, lower case, their first one first. */
    public Map<Long, List<String>> everyone() {
        return repository.everyone();
    }

    public Optional<Language> language(long contactId) {
        return Language.ofCode(repository.language(contactId));
    }

    /** Sets the preferred language; empty: not known. */
    public void setLanguage(long contactId, Optional<Language> language) {
        repository.setLanguage(contactId, language.map(Language::code).orElse(""));
    }
}
