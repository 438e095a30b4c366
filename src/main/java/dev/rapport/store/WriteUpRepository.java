package dev.rapport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What became of each meeting's write-ups (V16): the entry that wrote one up, when one was dismissed,
 * when its notice was given. A write-up without a row is not done yet.
 */
public final class WriteUpRepository {
    private final Journal journal;

    public WriteUpRepository(Journal journal) {
        this.journal = journal;
    }

    /** One write-up's state; {@code entryId} null until written up. */
    public record State(long meetingId, long clientId, Long entryId, Integer minutes, Instant dismissedAt, Instant noticedAt) {
        public boolean done() {
            return entryId != null || dismissedAt != null;
        }
    }

    /** A person at a meeting, with the client they belong to. */
    public record Present(long meetingId, long contactId, String name, long clientId) {
    }

    /** The people of the meetings, by meeting, each with their client, in the order of their ids. */
    public Map<Long, List<Present>> present(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        return journal.read(c -> {
            Map<Long, List<Present>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT mc.meeting_id, mc.contact_id, p.name, p.client_id FROM meeting_contact mc "
                    + "JOIN contact p ON p.id = mc.contact_id WHERE mc.meeting_id IN (" + marks(meetingIds.size()) + ") "
                    + "ORDER BY mc.meeting_id, mc.contact_id")) {
                bind(ps, meetingIds);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Present(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4)));
                    }
                }
            }
            return out;
        });
    }

    /** The stored states of the meetings' write-ups, by "meeting-client". */
    public Map<String, State> states(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        return journal.read(c -> {
            Map<String, State> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT meeting_id, client_id, entry_id, minutes, dismissed_utc, noticed_utc "
                    + "FROM meeting_writeup WHERE meeting_id IN (" + marks(meetingIds.size()) + ")")) {
                bind(ps, meetingIds);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Integer minutes = rs.getObject("minutes") == null ? null : rs.getInt("minutes");
                        State s = new State(rs.getLong(1), rs.getLong(2), Owners.getLong(rs, "entry_id"), minutes,
                                Owners.getInstant(rs, "dismissed_utc"), Owners.getInstant(rs, "noticed_utc"));
                        out.put(s.meetingId() + "-" + s.clientId(), s);
                    }
                }
            }
            return out;
        });
    }

    /** The write-up that the entry is (meeting and client), if it is one. */
    public java.util.Optional<State> ofEntry(long entryId) {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT meeting_id, client_id, entry_id, minutes, dismissed_utc, noticed_utc "
                    + "FROM meeting_writeup WHERE entry_id = ?")) {
                ps.setLong(1, entryId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return java.util.Optional.empty();
                    }
                    Integer minutes = rs.getObject("minutes") == null ? null : rs.getInt("minutes");
                    return java.util.Optional.of(new State(rs.getLong(1), rs.getLong(2), entryId, minutes,
                            Owners.getInstant(rs, "dismissed_utc"), Owners.getInstant(rs, "noticed_utc")));
                }
            }
        });
    }

    /** Links the entry to the meeting as the client's write-up, with the length written (joins the write around it). */
    public void link(long meetingId, long clientId, long entryId, Integer minutes) {
        journal.write(c -> {
            ensure(c, meetingId, clientId);
            return update(c, "UPDATE meeting_writeup SET entry_id = ?, minutes = ?, dismissed_utc = NULL WHERE meeting_id = ? AND client_id = ?",
                    entryId, minutes, meetingId, clientId);
        });
    }

    /** Dismisses the write-up at {@code when}, or (null) takes the dismissal back. */
    public void dismiss(long meetingId, long clientId, Instant when) {
        journal.write(c -> {
            ensure(c, meetingId, clientId);
            return update(c, "UPDATE meeting_writeup SET dismissed_utc = ? WHERE meeting_id = ? AND client_id = ?",
                    when == null ? null : MomentColumns.utc(when), meetingId, clientId);
        });
    }

    /** Remembers that the write-ups' notices were given at {@code when}, in one write. */
    public void noticed(Collection<long[]> meetingAndClient, Instant when) {
        if (meetingAndClient.isEmpty()) {
            return;
        }
        journal.write(c -> {
            for (long[] mc : meetingAndClient) {
                ensure(c, mc[0], mc[1]);
                update(c, "UPDATE meeting_writeup SET noticed_utc = ? WHERE meeting_id = ? AND client_id = ?", MomentColumns.utc(when),
                        mc[0], mc[1]);
            }
            return null;
        });
    }

    private static void ensure(Connection c, long meetingId, long clientId) throws SQLException {
        update(c, "INSERT OR IGNORE INTO meeting_writeup (meeting_id, client_id) VALUES (?, ?)", meetingId, clientId);
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement ps, Collection<Long> ids) throws SQLException {
        int i = 1;
        for (long id : ids) {
            ps.setLong(i++, id);
        }
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
