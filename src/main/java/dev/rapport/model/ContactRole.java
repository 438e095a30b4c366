package dev.rapport.model;

import dev.rapport.i18n.I18n;

import java.time.LocalDate;

/**
 * One role a person holds or held at a client: a title and the days it started and ended (either
 * may be unknown). A person may hold roles at several clients (a board member at two, someone
 * who changed employer); what happened at a client stays with that client. A role ended on a day
 * is a past role from that day on.
 */
public record ContactRole(long id, long contactId, long clientId, String title, LocalDate from, LocalDate to) {

    public ContactRole {
        if (clientId <= 0) {
            throw new ValidationException("roleClient", I18n.t("contacts.error.roleClient"));
        }
        title = Check.limit("roleTitle", I18n.t("contacts.field.title"), title, Limits.SHORT_TEXT);
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException("roleTo", I18n.t("contacts.error.roleEndsBeforeStart", to.toString(), from.toString()));
        }
    }

    /** A new current role. */
    public static ContactRole start(long contactId, long clientId, String title, LocalDate from) {
        return new ContactRole(0, contactId, clientId, title, from, null);
    }

    /** Still held on the given day (not ended, or ending later). */
    public boolean isCurrentOn(LocalDate day) {
        return to == null || to.isAfter(day);
    }

    public ContactRole endedOn(LocalDate day) {
        return new ContactRole(id, contactId, clientId, title, from, day);
    }

    public ContactRole withId(long newId) {
        return new ContactRole(newId, contactId, clientId, title, from, to);
    }
}
