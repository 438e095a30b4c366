package dev.rapport.model;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one rule for moments: each is an instant with the zone it was written in. A wall-clock time
 * written without a zone (a form, an older file) was written on this machine, in its zone.
 */
public final class Moments {
    private Moments() {
    }

    /** A wall-clock time with its city in brackets when written elsewhere: "25.11.2026 14:00 (Vilnius)". */
    public static String withPlace(String shownTime, ZoneId zone) {
        String place = placeIfElsewhere(zone);
        return place.isEmpty() ? shownTime : shownTime + " (" + place + ")";
    }

    /** A wall-clock time written on this machine, in the machine's zone (null stays null). */
    public static ZonedDateTime here(LocalDateTime wallClock) {
        return wallClock == null ? null : wallClock.atZone(ZoneId.systemDefault());
    }

    /** The zone's city in the user's language when it is not the machine's zone ("Vilnius", "Вильнюс"); empty when it is. */
    public static String placeIfElsewhere(ZoneId zone) {
        if (zone == null || sameRules(zone, ZoneId.systemDefault())) {
            return "";
        }
        return dev.rapport.i18n.ZonePlaces.get().city(zone, dev.rapport.i18n.I18n.language());
    }

    private static boolean sameRules(ZoneId a, ZoneId b) {
        return a.equals(b) || a.normalized().equals(b.normalized());
    }
}
