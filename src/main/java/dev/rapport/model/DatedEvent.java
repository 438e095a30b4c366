package dev.rapport.model;

import dev.rapport.i18n.I18n;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A date that matters: per client an engagement's start or end, a contract renewal or any event
 * the consultant adds (a reorganisation, a new CEO); per person a birthday or the day you met
 * (label: how you met; note: who introduced you). Birthdays and the day you met come back every
 * year; the others happen once.
 */
public record DatedEvent(long id, long clientId, Long contactId, Kind kind, LocalDate on, String label, String note) {

    public enum Kind {
        ENGAGEMENT_START(false, false), ENGAGEMENT_END(false, false), RENEWAL(false, false), EVENT(false, false),
        BIRTHDAY(true, true), MET(true, true);

        private final boolean yearly;
        private final boolean person;

        Kind(boolean yearly, boolean person) {
            this.yearly = yearly;
            this.person = person;
        }

        public String label() {
            return dev.rapport.i18n.I18n.t("model.datedEventKind." + Text.key(this));
        }

        /** Comes back every year (birthdays, the anniversary of meeting). */
        public boolean yearly() {
            return yearly;
        }

        /** Belongs to a person, not only to the client. */
        public boolean person() {
            return person;
        }
    }

    public DatedEvent {
        if (clientId <= 0) {
            throw new ValidationException("client", I18n.t("validation.clientMissing"));
        }
        kind = Check.notNull("kind", "kind", kind);
        on = Check.notNull("on", "date", on);
        label = kind == Kind.EVENT ? Check.required("label", "whatHappens", label, Limits.SHORT_TEXT)
                : Check.limit("label", "label", label, Limits.SHORT_TEXT);
        note = Check.limit("note", "note", note, Limits.SHORT_TEXT);
        if (kind.person() && contactId == null) {
            throw new ValidationException("contact", I18n.t("validation.datedEvent.needsPerson", kind.label().toLowerCase(I18n.messages().locale())));
        }
    }

    /** The next day it falls on, from the given day (itself included); empty for a one-off date already past. */
    public java.util.Optional<LocalDate> nextOn(LocalDate from) {
        if (!kind.yearly()) {
            return on.isBefore(from) ? java.util.Optional.empty() : java.util.Optional.of(on);
        }
        MonthDay md = MonthDay.from(on);
        LocalDate candidate = md.isValidYear(from.getYear()) ? md.atYear(from.getYear()) : LocalDate.of(from.getYear(), 2, 28);
        if (candidate.isBefore(from)) {
            int y = from.getYear() + 1;
            candidate = md.isValidYear(y) ? md.atYear(y) : LocalDate.of(y, 2, 28);
        }
        return candidate.isBefore(on) ? java.util.Optional.of(on) : java.util.Optional.of(candidate);
    }

    public DatedEvent withId(long newId) {
        return new DatedEvent(newId, clientId, contactId, kind, on, label, note);
    }
}
