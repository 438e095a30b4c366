package dev.rapport.store;

import dev.rapport.model.Meeting;
import dev.rapport.model.MeetingChanges;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Planned meetings from the calendar, with the attendees who are contacts. */
public final class MeetingRepository {
    private static final String COLUMNS = "id, uid, client_id, title, starts_at, ends_at, location, briefed_at, starts_utc, ends_utc, zone";
    /** Meetings go by their start's instant (the wall-clock start of a row without one). */
    private static final String START = "coalesce(starts_utc, starts_at)";

    private final Journal journal;

    public MeetingRepository(Journal journal) {
        this.journal = journal;
    }

    /**
     * Stores meetings by UID in one transaction: a UID the journal has is updated (its brief mark
     * kept), a new one is added. Returns the stored meetings with their ids.
     */
    public List<Meeting> upsertAll(List<Meeting> meetings) {
        return journal.write(c -> upsert(c, meetings));
    }

    private static List<Meeting> upsert(Connection c, List<Meeting> meetings) throws SQLException {
        List<Meeting> out = new ArrayList<>();
        for (Meeting m : meetings) {
            Owners.check(c, m.clientId(), null, null);
            Long id = idOf(c, m.uid());
            if (id == null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO meeting (uid, client_id, title, starts_at, ends_at, "
                        + "location, starts_utc, ends_utc, zone, briefed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    bind(ps, m);
                    Owners.setInstant(ps, 10, m.briefedAt());
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("UPDATE meeting SET uid = ?, client_id = ?, title = ?, starts_at = ?, "
                        + "ends_at = ?, location = ?, starts_utc = ?, ends_utc = ?, zone = ? WHERE id = ?")) {
                    bind(ps, m);
                    ps.setLong(10, id);
                    ps.executeUpdate();
                }
                update(c, "DELETE FROM meeting_contact WHERE meeting_id = ?", id);
            }
            for (long contactId : m.contactIds()) {
                update(c, "INSERT OR IGNORE INTO meeting_contact (meeting_id, contact_id) VALUES (?, ?)", id, contactId);
            }
            out.add(find(c, id).orElseThrow());
        }
        return out;
    }

    /**
     * A good read of a subscribed calendar, in one transaction: its meetings from {@code keepBefore} on
     * become exactly {@code meetings} (known UIDs updated with their brief marks kept, new ones added,
     * those no longer in the calendar — cancelled or deleted — removed; earlier ones stay as they
     * were, for their write-ups), and the calendar's validators and last good read are stored.
     */
    public MeetingChanges replaceFromSource(long sourceId, List<Meeting> meetings, Instant keepBefore, Instant readAt, String etag,
                                      String lastModified) {
        return journal.write(c -> {
            java.util.Set<String> uids = new java.util.HashSet<>();
            int added = 0;
            int changed = 0;
            for (Meeting m : meetings) {
                uids.add(m.uid());
                Long known = idOf(c, m.uid());
                if (known == null) {
                    added++;
                } else if (!sameMeeting(find(c, known).orElseThrow(), m)) {
                    changed++;
                }
            }
            upsert(c, meetings);
            if (!meetings.isEmpty()) {
                StringBuilder marks = new StringBuilder();
                for (int i = 0; i < meetings.size(); i++) {
                    marks.append(i == 0 ? "?" : ", ?");
                }
                Object[] args = new Object[meetings.size() + 1];
                args[0] = sourceId;
                for (int i = 0; i < meetings.size(); i++) {
                    args[i + 1] = meetings.get(i).uid();
                }
                update(c, "UPDATE meeting SET source_id = ? WHERE uid IN (" + marks + ")", args);
            }
            int removed = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, uid FROM meeting WHERE source_id = ? AND " + START + " >= ?")) {
                ps.setLong(1, sourceId);
                ps.setString(2, MomentColumns.utc(keepBefore));
                List<Long> gone = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!uids.contains(rs.getString(2))) {
                            gone.add(rs.getLong(1));
                        }
                    }
                }
                for (long id : gone) {
                    removed += update(c, "DELETE FROM meeting WHERE id = ?", id);
                }
            }
            CalendarSourceRepository.good(c, sourceId, readAt, etag, lastModified);
            return new MeetingChanges(added, changed, removed);
        });
    }

    /** True when a read left the meeting as it was: a meeting read again unchanged is not counted as changed. */
    private static boolean sameMeeting(Meeting stored, Meeting read) {
        return stored.clientId() == read.clientId() && stored.title().equals(read.title())
                && stored.starts().toInstant().equals(read.starts().toInstant())
                && java.util.Objects.equals(stored.ends() == null ? null : stored.ends().toInstant(),
                        read.ends() == null ? null : read.ends().toInstant())
                && stored.location().equals(read.location())
                && new java.util.HashSet<>(stored.contactIds()).equals(new java.util.HashSet<>(read.contactIds()));
    }

    private static Long idOf(Connection c, String uid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM meeting WHERE uid = ?")) {
            ps.setString(1, uid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static void bind(PreparedStatement ps, Meeting m) throws SQLException {
        ps.setString(1, m.uid());
        ps.setLong(2, m.clientId());
        ps.setString(3, m.title());
        ps.setString(4, MomentColumns.local(m.starts()));
        ps.setString(5, MomentColumns.local(m.ends()));
        ps.setString(6, m.location());
        ps.setString(7, MomentColumns.utc(m.starts()));
        ps.setString(8, MomentColumns.utc(m.ends()));
        ps.setString(9, MomentColumns.zoneId(m.starts()));
    }

    /** The UIDs the journal already has (to tell new meetings from updates). */
    public List<String> uids() {
        return journal.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT uid FROM meeting ORDER BY id")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    public Optional<Meeting> find(long id) {
        return journal.read(c -> find(c, id));
    }

    private static Optional<Meeting> find(Connection c, long id) throws SQLException {
        List<Meeting> one = select(c, " WHERE id = ?", id);
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    /** Meetings starting at from (included) up to to (excluded), instants compared, soonest first. */
    public List<Meeting> between(Instant from, Instant to) {
        return journal.read(c -> select(c, " WHERE " + START + " >= ? AND " + START + " < ?", MomentColumns.utc(from),
                MomentColumns.utc(to)));
    }

    /** Marks the client's meetings starting in [from, to) as briefed at {@code when} (those not yet); returns how many. */
    public int markBriefed(long clientId, Instant from, Instant to, Instant when) {
        return journal.write(c -> update(c, "UPDATE meeting SET briefed_at = ? WHERE client_id = ? AND " + START + " >= ? "
                + "AND " + START + " < ? AND briefed_at IS NULL", when.toString(), clientId, MomentColumns.utc(from),
                MomentColumns.utc(to)));
    }

    /** Sets one meeting's brief mark (null clears it, for Undo). */
    public void setBriefed(long id, Instant when) {
        journal.write(c -> update(c, "UPDATE meeting SET briefed_at = ? WHERE id = ?", when == null ? null : when.toString(), id));
    }

    private static List<Meeting> select(Connection c, String where, Object... args) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM meeting" + where + " ORDER BY " + START + ", id")) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong("id"), rs.getString("uid"), rs.getLong("client_id"), rs.getString("title"),
                            rs.getString("starts_at"), rs.getString("ends_at"), rs.getString("location"), rs.getString("briefed_at"),
                            rs.getString("starts_utc"), rs.getString("ends_utc"), rs.getString("zone")});
                }
            }
        }
        Map<Long, List<Long>> people = new HashMap<>();
        if (!rows.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT meeting_id, contact_id FROM meeting_contact ORDER BY contact_id")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        people.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    }
                }
            }
        }
        List<Meeting> out = new ArrayList<>();
        for (Object[] r : rows) {
            long id = (Long) r[0];
            try {
                out.add(new Meeting(id, (String) r[1], (Long) r[2], (String) r[3],
                        MomentColumns.read((String) r[4], (String) r[8], (String) r[10]),
                        MomentColumns.read((String) r[5], (String) r[9], (String) r[10]), (String) r[6], people.getOrDefault(id, List.of()),
                        r[7] == null ? null : Instant.parse((String) r[7])));
            } catch (RuntimeException breaksARule) {
                LeftOut.note(c, "meeting", Long.toString(id), breaksARule);
            }
        }
        return out;
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }
}
