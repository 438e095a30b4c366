package dev.rapport.export;

import java.time.zone.ZoneRulesProvider;

import net.fortuna.ical4j.model.DefaultZoneRulesProvider;

/**
 * ical4j's time-zone rules, registered when a calendar is read or written rather than at the
 * first use of any time zone. ical4j lists its provider as a service, and the JDK builds every
 * listed provider the first time anything asks for a zone — a log line, a date — which cost
 * every start of the app and every command about 150 ms (600 random UUIDs and ical4j's
 * configuration). The packaged app leaves the service entry out (the shade filter in pom.xml,
 * installer/package.sh) and calendars call {@link #ensure()} instead, so they see the same rules
 * as before; where the entry is still there (the tests' class path) this does nothing.
 */
final class CalendarZones {
    private static final String ICAL4J_ZONE_PREFIX = "ical4j~";
    private static boolean registered;

    private CalendarZones() {
    }

    static synchronized void ensure() {
        if (!registered) {
            if (ZoneRulesProvider.getAvailableZoneIds().stream().noneMatch(id -> id.startsWith(ICAL4J_ZONE_PREFIX))) {
                ZoneRulesProvider.registerProvider(new DefaultZoneRulesProvider());
            }
            registered = true;
        }
    }
}
