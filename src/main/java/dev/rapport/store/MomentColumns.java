package dev.rapport.store;

import dev.rapport.model.Check;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * How a moment is stored (schema 12): the wall-clock time in its own zone ('YYYY-MM-DDTHH:MM', what
 * is shown and what day filters select on), the instant ('YYYY-MM-DDTHH:MM:SSZ', what orders and
 * compares) and the zone it was written in (an IANA id). A row without an instant or zone (written
 * by another tool) is read as its wall-clock time in the machine's zone.
 */
final class MomentColumns {
    /** The journal's order of entries: by instant, falling back on the wall-clock time of a row without one. */
    static final String ENTRY_ORDER = "coalesce(i.occurred_utc, i.occurred_at)";

    private MomentColumns() {
    }

    /** The moment a row holds; the instant wins over the wall-clock text when both are there. */
    static ZonedDateTime read(String local, String utc, String zone) {
        ZoneId z = zone(zone);
        if (utc != null) {
            return IsoTexts.instant(utc).atZone(z);
        }
        return local == null ? null : LocalDateTime.parse(local).atZone(z);
    }

    /** The zone a row names, the machine's when it names none. */
    static ZoneId zone(String id) {
        return id == null ? ZoneId.systemDefault() : ZoneId.of(id);
    }

    /** The zone a row names; the machine's when it names none, or one this Java does not know. */
    static ZoneId zoneOrMachine(String id) {
        try {
            return zone(id);
        } catch (DateTimeException unknown) {
            return ZoneId.systemDefault();
        }
    }

    static String local(ZonedDateTime moment) {
        return moment == null ? null : moment.toLocalDateTime().toString();
    }

    static String utc(ZonedDateTime moment) {
        return moment == null ? null : utc(moment.toInstant());
    }

    static String utc(Instant instant) {
        return instant.toString();
    }

    static String zoneId(ZonedDateTime moment) {
        return moment.getZone().getId();
    }

    /**
     * A row's moment as a check reads it (an import, {@code rapport check}): each text must read,
     * the zone must be one, and the wall-clock text must be the instant's time in that zone.
     */
    static ZonedDateTime checked(String localColumn, String local, String utcColumn, String utc, String zoneColumn, String zone) {
        LocalDateTime wall = Check.isoLocalTime(localColumn, localColumn, local);
        Instant at = Check.isoInstant(utcColumn, utcColumn, utc);
        ZoneId z;
        try {
            z = zone(zone);
        } catch (DateTimeException e) {
            throw new dev.rapport.model.ValidationException(zoneColumn,
                    dev.rapport.i18n.I18n.t("validation.notZone", zoneColumn, zone));
        }
        if (at == null) {
            return wall == null ? null : wall.atZone(z);
        }
        ZonedDateTime moment = at.atZone(z);
        if (wall != null && !moment.toLocalDateTime().equals(wall)) {
            throw new dev.rapport.model.ValidationException(localColumn, dev.rapport.i18n.I18n.t("validation.momentMismatch",
                    localColumn, local, utc, z.getId()));
        }
        return moment;
    }

    /**
     * Schema 12's step: gives every entry, meeting and request written before it the zone of the
     * machine running the upgrade (they were written on it) and the instant their wall-clock time
     * is there. Rows whose time does not read keep NULL and every text they had. The journal's
     * rule triggers on these tables are set aside meanwhile (an older row breaking a rule must
     * not stop the upgrade) and put back as they were, inside the migration's transaction.
     */
    static void fillFromMachineZone(Connection c, ZoneId machine) throws SQLException {
        List<String> triggers;
        try (Statement s = c.createStatement()) {
            triggers = SchemaObjects.drop(s, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rule_%' "
                    + "AND tbl_name IN ('interaction', 'meeting', 'request') ORDER BY name", "TRIGGER");
        }
        String zone = machine.getId();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, occurred_at FROM interaction WHERE occurred_utc IS NULL");
             PreparedStatement ps = c.prepareStatement("UPDATE interaction SET occurred_utc = ?, zone = ? WHERE id = ?")) {
            while (rs.next()) {
                ZonedDateTime at = wallClock(rs.getString(2), machine);
                ps.setString(1, at == null ? null : utc(at));
                ps.setString(2, at == null ? null : zone);
                ps.setLong(3, rs.getLong(1));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, starts_at, ends_at FROM meeting WHERE starts_utc IS NULL");
             PreparedStatement ps = c.prepareStatement("UPDATE meeting SET starts_utc = ?, ends_utc = ?, zone = ? WHERE id = ?")) {
            while (rs.next()) {
                ZonedDateTime starts = wallClock(rs.getString(2), machine);
                ZonedDateTime ends = wallClock(rs.getString(3), machine);
                ps.setString(1, starts == null ? null : utc(starts));
                ps.setString(2, starts == null || ends == null ? null : utc(ends));
                ps.setString(3, starts == null ? null : zone);
                ps.setLong(4, rs.getLong(1));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE request SET zone = ? WHERE zone IS NULL")) {
            ps.setString(1, zone);
            ps.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            for (String sql : triggers) {
                s.execute(sql);
            }
        }
    }

    /**
     * A row of a document (an export from before schema 12, or a row without a zone) gains the
     * instant and zone of its wall-clock times, read in {@code machine}'s zone, where it has none;
     * {@code absent} marks a field the document left out. A time that does not read is left as
     * it is, for the check to name.
     */
    static void fillFromMachineZone(String table, List<String> columns, Object[] row, Object absent, ZoneId machine) {
        switch (table) {
            case "interaction" -> {
                if (fill(columns, row, absent, "occurred_at", "occurred_utc", machine)) {
                    set(columns, row, absent, "zone", machine.getId());
                }
            }
            case "meeting" -> {
                if (fill(columns, row, absent, "starts_at", "starts_utc", machine)) {
                    fill(columns, row, absent, "ends_at", "ends_utc", machine);
                    set(columns, row, absent, "zone", machine.getId());
                }
            }
            case "request" -> set(columns, row, absent, "zone", machine.getId());
            default -> {
                // no moments of their own
            }
        }
    }

    /** Sets the instant column from the wall-clock one when the row has none; true when the row's moment is now complete. */
    private static boolean fill(List<String> columns, Object[] row, Object absent, String localColumn, String utcColumn, ZoneId machine) {
        int local = columns.indexOf(localColumn);
        int utc = columns.indexOf(utcColumn);
        if (local < 0 || utc < 0 || (row[utc] != null && row[utc] != absent)) {
            return false;
        }
        ZonedDateTime at = row[local] instanceof String text ? wallClock(text, machine) : null;
        if (at == null) {
            return false;
        }
        row[utc] = utc(at);
        return true;
    }

    private static void set(List<String> columns, Object[] row, Object absent, String column, String value) {
        int i = columns.indexOf(column);
        if (i >= 0 && (row[i] == null || row[i] == absent)) {
            row[i] = value;
        }
    }

    private static ZonedDateTime wallClock(String text, ZoneId zone) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text).atZone(zone);
        } catch (DateTimeException unreadable) {
            return null;
        }
    }
}
