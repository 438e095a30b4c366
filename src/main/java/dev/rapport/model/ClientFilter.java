package dev.rapport.model;

import dev.rapport.i18n.I18n;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The client list's filter: text in the name, industry or context carrier; a status; a tag; a
 * rhythm state; the last contact on or before and on or after a day (a client never contacted
 * counts as contacted before any day, never after). null or empty parts do not filter.
 */
public record ClientFilter(String text, ClientStatus status, String tag, RhythmState rhythm, LocalDate contactedOnOrBefore,
                           LocalDate contactedOnOrAfter) {
    public static final ClientFilter ALL = new ClientFilter("", null, null, null, null, null);

    public ClientFilter {
        text = text == null ? "" : text.strip();
        tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
        if (contactedOnOrBefore != null && contactedOnOrAfter != null && contactedOnOrBefore.isBefore(contactedOnOrAfter)) {
            throw new ValidationException("contactedOnOrBefore", I18n.t("validation.filter.contactedRange",
                    I18n.date(contactedOnOrBefore), I18n.date(contactedOnOrAfter)));
        }
    }

    public boolean matches(ClientOverview o, Collection<String> tags) {
        List<String> texts = new ArrayList<>(List.of(o.client().name(), o.client().industry()));
        if (o.contextCarrier() != null) {
            texts.add(o.contextCarrier());
        }
        return matches(texts, List.of(o.client().status()), tags, o.rhythmState(), o.lastContact());
    }

    /**
     * The same filter over any list row (the client list, the people list): the text in one of
     * the texts, the status among the statuses, the tag among the tags, the rhythm state, and
     * the last contact (null: never).
     */
    public boolean matches(Collection<String> texts, Collection<ClientStatus> statuses, Collection<String> tags,
                           RhythmState rhythmState, LocalDate last) {
        String t = text.toLowerCase(Locale.ROOT);
        if (!t.isEmpty() && texts.stream().noneMatch(x -> x != null && x.toLowerCase(Locale.ROOT).contains(t))) {
            return false;
        }
        if (status != null && !statuses.contains(status)) {
            return false;
        }
        if (tag != null && !tags.contains(tag)) {
            return false;
        }
        if (rhythm != null && rhythmState != rhythm) {
            return false;
        }
        if (contactedOnOrBefore != null && last != null && last.isAfter(contactedOnOrBefore)) {
            return false;
        }
        return contactedOnOrAfter == null || (last != null && !last.isBefore(contactedOnOrAfter));
    }
}
