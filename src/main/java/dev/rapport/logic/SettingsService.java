package dev.rapport.logic;

import dev.rapport.store.SettingsRepository;

import java.util.Optional;

/** Settings that travel with the journal. */
public final class SettingsService {
    private final SettingsRepository repository;

    SettingsService(SettingsRepository repository) {
        this.repository = repository;
    }

    public Optional<String> get(String key) {
        return repository.get(key);
    }

    public void put(String key, String value) {
        repository.put(key, value);
    }
}
