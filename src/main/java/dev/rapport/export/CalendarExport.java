package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.model.RapportException;
import dev.rapport.store.FileProblems;
import dev.rapport.store.ListRows;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Logger;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * The ledger's dates as an iCalendar file (RFC 5545, built by ical4j; CRLF lines folded at 75
 * octets by {@link ContentLines}):
 * one all-day event per open promise on its due day and per unresolved problem on its target
 * day, and one per date that matters in the coming year, with an alarm. UIDs are
 * {@code promise-<id>@<journal id>} ({@code date-<id>@…} for dates), so importing the file
 * again updates events.
 */
public final class CalendarExport {
    private static final Logger LOG = Logger.getLogger(CalendarExport.class.getName());
    static final String PRODID = "-//Rapport//Rapport relationship journal//EN";

    /** A date that matters on the day it falls next. */
    public record DateItem(long eventId, LocalDate on, String summary, String note) {
    }

    /** When a date's alarm rings: so many days before the day, at this time (local, floating). */
    public record Alarm(int daysBefore, LocalTime at) {
        public static final Alarm DEFAULT = new Alarm(1, LocalTime.of(9, 0));

        public Alarm {
            if (daysBefore < 0 || daysBefore > 60) {
                throw new dev.rapport.model.ValidationException("alarmDays", I18n.t("calendar.alarm.days"));
            }
            at = at == null ? LocalTime.of(9, 0) : at.withSecond(0).withNano(0);
        }

        /** The trigger relative to the all-day event's start (its midnight): negative, or zero on the day at 00:00. */
        public Duration trigger() {
            return Duration.ofDays(-daysBefore).plusMinutes(at.getHour() * 60L + at.getMinute());
        }
    }

    private CalendarExport() {
    }

    static int write(List<ListRows.Dated> items, String journalId, Instant now, OutputStream out) {
        return write(items, List.of(), Alarm.DEFAULT, journalId, now, out);
    }

    static int write(List<ListRows.Dated> items, List<DateItem> dates, Alarm alarm, String journalId, Instant now, OutputStream out) {
        CalendarZones.ensure();
        Calendar cal = new Calendar();
        cal.add(new ProdId(PRODID));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(ImmutableMethod.PUBLISH);
        for (ListRows.Dated item : items) {
            LocalDate day = LocalDate.parse(item.day());
            boolean promise = item.kind().equals("promise");
            String summary = (promise ? "Promise due: " : "Problem target: ") + item.title() + " (" + item.client() + ")";
            VEvent event = new VEvent(day, day.plusDays(1), summary);
            event.replace(new DtStamp(now));
            event.add(new Uid(item.kind() + "-" + item.id() + "@" + journalId));
            event.add(new Description((promise ? "Promise to " : "Problem at ") + item.client() + ": " + item.title()
                    + (item.detail().isEmpty() ? "" : " (severity " + item.detail().toLowerCase(java.util.Locale.ROOT) + ")")));
            event.add(new Categories(promise ? "Rapport promise" : "Rapport problem"));
            event.add(ImmutableTransp.TRANSPARENT);
            cal.add(event);
        }
        for (DateItem d : dates) {
            VEvent event = new VEvent(d.on(), d.on().plusDays(1), d.summary());
            event.replace(new DtStamp(now));
            event.add(new Uid("date-" + d.eventId() + "@" + journalId));
            if (!d.note().isEmpty()) {
                event.add(new Description(d.note()));
            }
            event.add(new Categories(I18n.t("calendar.export.category")));
            event.add(ImmutableTransp.TRANSPARENT);
            VAlarm reminder = new VAlarm(alarm.trigger());
            reminder.add(ImmutableAction.DISPLAY);
            reminder.add(new Description(d.summary()));
            event.add(reminder);
            cal.add(event);
        }
        ValidationResult check = cal.validate();
        if (check.hasErrors()) {
            LOG.warning(() -> "The calendar has components that do not validate: " + check);
        }
        try {
            ContentLines.write(cal.toString(), out);
        } catch (IOException e) {
            throw new RapportException(I18n.t("calendar.error.notWritten", FileProblems.why(e)), e);
        }
        return items.size() + dates.size();
    }
}
