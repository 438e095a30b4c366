package dev.rapport.export.calendar;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where subscribed calendars' addresses are kept, by the reference the journal holds: the
 * operating system's keyring where there is one, else this session's memory only (the address is
 * asked again in a new session), never the journal, a log or an export.
 */
public interface CalendarSecrets {
    Optional<String> find(String ref);

    void keep(String ref, String address);

    void forget(String ref);

    /** Memory only: for tests, and where no keyring answers. */
    static CalendarSecrets inMemory() {
        Map<String, String> held = new ConcurrentHashMap<>();
        return new CalendarSecrets() {
            @Override
            public Optional<String> find(String ref) {
                return Optional.ofNullable(held.get(ref));
            }

            @Override
            public void keep(String ref, String address) {
                held.put(ref, address);
            }

            @Override
            public void forget(String ref) {
                held.remove(ref);
            }
        };
    }
}
