package dev.rapport.logic;

import dev.rapport.model.Contact;
import dev.rapport.model.ContactMerge;
import dev.rapport.model.DuplicatePair;
import dev.rapport.store.ContactMergeRepository;
import dev.rapport.store.ContactRepository;

import java.util.List;
import java.util.logging.Logger;

/** Likely duplicate contacts ({@link Duplicates} defines "likely"), their merge and its undo. */
public final class DuplicateService {
    private static final Logger LOG = Logger.getLogger(DuplicateService.class.getName());

    private final ContactRepository contacts;
    private final ContactMergeRepository merges;

    DuplicateService(ContactRepository contacts, ContactMergeRepository merges) {
        this.contacts = contacts;
        this.merges = merges;
    }

    /** Every likely duplicate pair in the journal, found now. */
    public List<DuplicatePair> find() {
        return Duplicates.find(contacts.all());
    }

    /** The highest contact id now: what an import adds comes after it. */
    public long lastContactId() {
        return contacts.all().stream().mapToLong(Contact::id).max().orElse(0);
    }

    /** The likely duplicate pairs with at least one contact added after {@code lastId} (what an import brought). */
    public List<DuplicatePair> since(long lastId) {
        return find().stream().filter(p -> p.first().id() > lastId || p.second().id() > lastId).toList();
    }

    /**
     * Merges removedId into survivor (whose id is kept and whose fields are the values chosen per
     * field), in one transaction; the returned record undoes it.
     */
    public ContactMerge merge(Contact survivor, long removedId) {
        ContactMerge m = merges.merge(survivor, removedId);
        LOG.info(() -> "Merged contact " + removedId + " into " + survivor.id());
        return m;
    }

    public void undo(ContactMerge merge) {
        merges.undo(merge);
        LOG.info(() -> "Undid the merge of contact " + merge.removed().id() + " into " + merge.survivorBefore().id());
    }
}
