package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.model.TagChange;
import dev.rapport.model.ValidationException;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tags on people, and one tag added to or removed from many people in one transaction. */
public final class ContactTagRepository {
    static final TagTable TAGS = new TagTable("contact_tag", "contact_id");

    private final Journal journal;

    public ContactTagRepository(Journal journal) {
        this.journal = journal;
    }

    public Map<Long, List<String>> all() {
        return journal.read(TAGS::all);
    }

    public List<String> of(long contactId) {
        return journal.read(c -> TAGS.of(c, contactId));
    }

    public void setTags(long contactId, Collection<String> tags) {
        journal.write(c -> {
            requireContact(c, contactId);
            TAGS.replace(c, contactId, tags);
            return null;
        });
    }

    /** Adds or removes the tag on every person, all or none. */
    public TagChange apply(boolean add, String tag, List<Long> contactIds) {
        return journal.write(c -> {
            Map<Long, List<String>> before = new HashMap<>();
            for (long id : contactIds) {
                requireContact(c, id);
                before.put(id, TAGS.of(c, id));
            }
            for (long id : contactIds) {
                if (add) {
                    TAGS.add(c, id, tag);
                } else {
                    TAGS.remove(c, id, tag);
                }
            }
            return new TagChange(add, tag, contactIds, before);
        });
    }

    /** Puts every person's tags back as they were (people deleted since are skipped). */
    public void undo(TagChange change) {
        journal.write(c -> {
            for (var e : change.before().entrySet()) {
                if (Rows.count(c, "SELECT count(*) FROM contact WHERE id = ?", e.getKey()) > 0) {
                    TAGS.replace(c, e.getKey(), e.getValue());
                }
            }
            return null;
        });
    }

    private static void requireContact(java.sql.Connection c, long id) throws java.sql.SQLException {
        if (Rows.count(c, "SELECT count(*) FROM contact WHERE id = ?", id) == 0) {
            throw new ValidationException("contacts", I18n.t("contacts.error.contactGone"));
        }
    }
}
