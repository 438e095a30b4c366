package dev.rapport.logic;

import dev.rapport.model.JournalSettings;
import dev.rapport.store.SettingsRepository;

import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Settings that travel with the journal. The typed ones are read and changed only as one
 * {@link JournalSettings}; the raw keys are for the journal's own texts (reply templates, saved
 * views), which are kept as typed.
 */
public final class SettingsService {
    private final SettingsRepository repository;
    private final Clock clock;

    SettingsService(SettingsRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The settings as stored now, each with its default when unset or unreadable. */
    public JournalSettings current() {
        return JournalSettings.read(repository.all(), clock.getZone());
    }

    /**
     * Applies a change to the current settings and stores what it changed, all or none; the
     * {@code with…} methods of the settings check the new values first.
     */
    public JournalSettings update(UnaryOperator<JournalSettings> change) {
        JournalSettings before = current();
        JournalSettings after = change.apply(before);
        repository.putAll(after.changesFrom(before));
        return after;
    }

    /**
     * Stores the working hours even when they equal the defaults shown: a zone the consultant saved is
     * pinned, so response times no longer move with the zone of the machine reading the journal.
     */
    public JournalSettings saveWorkingHours(dev.rapport.model.WorkingHours hours) {
        JournalSettings after = current().withWorkingHours(hours);
        repository.putAll(after.workingHoursStored());
        return after;
    }

    public Optional<String> get(String key) {
        return repository.get(key);
    }

    public void put(String key, String value) {
        repository.put(key, value);
    }
}
