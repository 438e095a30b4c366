package dev.rapport.export;

import dev.rapport.model.JournalSettings;

import dev.rapport.logic.DataService;
import dev.rapport.logic.DatesService;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/** The calendar, out (.ics with the dates that matter) and in (planned meetings). */
final class CalendarExchange {
    private static final Logger LOG = Logger.getLogger(CalendarExchange.class.getName());

    private final DataService data;

    CalendarExchange(DataService data) {
        this.data = data;
    }

    int export(OutputStream out, CalendarExport.Alarm alarm) {
        List<CalendarExport.DateItem> coming = new ArrayList<>();
        for (DatesService.Upcoming u : data.upcomingDates(data.today(), 366)) {
            coming.add(new CalendarExport.DateItem(u.event().id(), u.on(), u.title() + " (" + u.clientName() + ")",
                    u.event().note()));
        }
        return CalendarExport.write(data.calendarItems(), coming, alarm, data.journalId(), data.clock().instant(), out);
    }

    /** The alarm the settings ask for (default: the day before, 09:00). */
    CalendarExport.Alarm alarm() {
        JournalSettings settings = data.settings();
        return new CalendarExport.Alarm(settings.calendarAlarmDays(), settings.calendarAlarmTime());
    }

    CalendarImport.Plan read(InputStream in) {
        return CalendarImport.read(in, data.clients(), data.contacts(), data.meetingUids(), LocalDateTime.now(data.clock()),
                data.clock().getZone());
    }

    void apply(CalendarImport.Plan plan) {
        data.storeMeetings(plan.meetings());
        LOG.info(() -> "Imported " + plan.meetings().size() + " planned meetings from a calendar");
    }
}
