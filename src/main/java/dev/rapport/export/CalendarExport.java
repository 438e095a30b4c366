package dev.rapport.export;

import dev.rapport.model.RapportException;
import dev.rapport.store.ListRows;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The ledger's dates as an iCalendar file (RFC 5545, written by ical4j: CRLF, folded lines):
 * one all-day event per open promise on its due day and per unresolved problem on its target
 * day. UIDs are {@code promise-<id>@<journal id>}, so importing the file again updates events.
 */
final class CalendarExport {
    static final String PRODID = "-//Rapport//Rapport relationship journal//EN";

    private CalendarExport() {
    }

    static int write(List<ListRows.Dated> items, String journalId, Instant now, OutputStream out) {
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
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            new CalendarOutputter(true).output(cal, w); // flushes and closes w
        } catch (IOException e) {
            throw new RapportException("The calendar could not be written: " + e.getMessage(), e);
        }
        return items.size();
    }
}
