package dev.rapport.logic;

import dev.rapport.model.Interaction;
import dev.rapport.model.JournalEntry;
import dev.rapport.model.JournalFilter;
import dev.rapport.model.RapportException;
import dev.rapport.store.InteractionRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public final class InteractionService {
    private final InteractionRepository repository;

    InteractionService(InteractionRepository repository) {
        this.repository = repository;
    }

    public Interaction save(Interaction interaction) {
        return repository.save(interaction);
    }

    public List<Interaction> saveAll(Collection<Interaction> interactions) {
        return repository.saveAll(interactions);
    }

    public Optional<Interaction> find(long id) {
        return repository.find(id);
    }

    public List<JournalEntry> forClient(long clientId, int limit, int offset) {
        return repository.forClient(clientId, limit, offset);
    }

    public List<JournalEntry> page(JournalFilter filter, int limit, int offset) {
        return repository.page(filter, limit, offset);
    }

    public int count(JournalFilter filter) {
        return repository.count(filter);
    }

    public List<String> tags() {
        return repository.tags();
    }

    public void delete(long id) {
        if (!repository.delete(id)) {
            throw new RapportException(dev.rapport.i18n.I18n.t("journal.gone"));
        }
    }
}
