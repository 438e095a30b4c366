package dev.rapport.export.calendar;

import dev.rapport.export.secrets.Secrets;

import java.util.Optional;

/**
 * Where subscribed calendars' addresses are kept, by the reference the journal holds: the
 * operating system's keyring where there is one, else this session's memory only (the calendar
 * is added again in a new session), never the journal, a log or an export.
 */
public final class CalendarSecrets {
    private static final CalendarSecrets SHARED = new CalendarSecrets(Secrets.forService("Rapport calendar"));

    private final Secrets secrets;

    private CalendarSecrets(Secrets secrets) {
        this.secrets = secrets;
    }

    /** This computer's keyring when it has one that answers, else memory; the same store for the whole session. */
    public static CalendarSecrets forThisComputer() {
        return SHARED;
    }

    /** Memory only: for tests, and where no keyring answers. */
    public static CalendarSecrets inMemory() {
        return new CalendarSecrets(Secrets.inMemory());
    }

    public Optional<String> find(String ref) {
        return secrets.find(ref).map(String::new);
    }

    public void keep(String ref, String address) {
        secrets.keep(ref, address.toCharArray());
    }

    public void forget(String ref) {
        secrets.forget(ref);
    }

    /** True when addresses outlive the session. */
    public boolean lasting() {
        return secrets.lasting();
    }
}
