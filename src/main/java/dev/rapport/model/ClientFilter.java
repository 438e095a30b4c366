package dev.rapport.model;

import dev.rapport.i18n.I18n;

import java.time.LocalDate;
import java.util.Collection;
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
                    contactedOnOrBefore.toString(), contactedOnOrAfter.toString()));
        }
    }

    public boolean matches(ClientOverview o, Collection<String> tags) {
        String t = text.toLowerCase(Locale.ROOT);
        if (!t.isEmpty() && !(o.client().name().toLowerCase(Locale.ROOT).contains(t)
                || o.client().industry().toLowerCase(Locale.ROOT).contains(t)
                || (o.contextCarrier() != null && o.contextCarrier().toLowerCase(Locale.ROOT).contains(t)))) {
            return false;
        }
        if (status != null && o.client().status() != status) {
            return false;
        }
        if (tag != null && !tags.contains(tag)) {
            return false;
        }
        if (rhythm != null && o.rhythmState() != rhythm) {
            return false;
        }
        LocalDate last = o.lastContact();
        if (contactedOnOrBefore != null && last != null && last.isAfter(contactedOnOrBefore)) {
            return false;
        }
        return contactedOnOrAfter == null || (last != null && !last.isBefore(contactedOnOrAfter));
    }
}
