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

    /** A wall-clock time written on this machine, in the machine's zone (null stays null). */
    public static ZonedDateTime here(LocalDateTime wallClock) {
        return wallClock == null ? null : wallClock.atZone(ZoneId.systemDefault());
    }

    /** The zone's short name for people when it is not the machine's, e.g. "Vilnius"; empty when it is. */
    public static String placeIfElsewhere(ZoneId zone) {
        if (zone == null || sameRules(zone, ZoneId.systemDefault())) {
            return "";
        }
        String id = zone.getId();
        int slash = id.lastIndexOf('/');
        return (slash < 0 ? id : id.substring(slash + 1)).replace('_', ' ');
    }

    private static boolean sameRules(ZoneId a, ZoneId b) {
        return a.equals(b) || a.normalized().equals(b.normalized());
    }
}
