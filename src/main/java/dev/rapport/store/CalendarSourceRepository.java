package dev.rapport.store;

import dev.rapport.model.CalendarSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The subscribed calendars: what each is shown as and what its last read left (never its address). */
public final class CalendarSourceRepository {
    /** Between a failure's arguments: a character no message argument holds. */
    private static final String SEPARATOR = "\u001f";
    private static final String COLUMNS = "id, secret_ref, shown, etag, last_modified, last_good_utc, last_tried_utc, failure_key, failure_args";

    private final Journal journal;

    public CalendarSourceRepository(Journal journal) {
        this.journal = journal;
    }

    public CalendarSource add(String secretRef, String shown) {
        return journal.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO calendar_source (secret_ref, shown) VALUES (?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, secretRef);
                ps.setString(2, shown);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return find(c, keys.getLong(1)).orElseThrow();
                }
            }
        });
    }

    public List<CalendarSource> all() {
        return journal.read(c -> select(c, "", new Object[0]));
    }

    public Optional<CalendarSource> find(long id) {
        return journal.read(c -> find(c, id));
    }

    /** Removes the calendar and the meetings read from it (their brief marks go with them). */
    public void remove(long id) {
        journal.write(c -> update(c, "DELETE FROM calendar_source WHERE id = ?", id));
    }

    /** A read that found the calendar unchanged: only the time it was tried moves, and any failure is over. */
    public void unchanged(long id, Instant at) {
        journal.write(c -> update(c, "UPDATE calendar_source SET last_tried_utc = ?, last_good_utc = ?, failure_key = NULL, "
                + "failure_args = '' WHERE id = ?", at.toString(), at.toString(), id));
    }

    /** A failed read: the last good meetings and validators stay, the reason is kept to be shown. */
    public void failed(long id, Instant at, String key, List<String> args) {
        journal.write(c -> update(c, "UPDATE calendar_source SET last_tried_utc = ?, failure_key = ?, failure_args = ? WHERE id = ?",
                at.toString(), key, String.join(SEPARATOR, args), id));
    }

    /** In the same transaction as the meetings a good read brought (see MeetingRepository.replaceFromSource). */
    static void good(Connection c, long id, Instant at, String etag, String lastModified) throws SQLException {
        update(c, "UPDATE calendar_source SET etag = ?, last_modified = ?, last_good_utc = ?, last_tried_utc = ?, failure_key = NULL, "
                + "failure_args = '' WHERE id = ?", etag, lastModified, at.toString(), at.toString(), id);
    }

    private static Optional<CalendarSource> find(Connection c, long id) throws SQLException {
        List<CalendarSource> one = select(c, " WHERE id = ?", new Object[] {id});
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    private static List<CalendarSource> select(Connection c, String where, Object[] args) throws SQLException {
        List<CalendarSource> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM calendar_source" + where + " ORDER BY id")) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String failureArgs = rs.getString("failure_args");
                    out.add(new CalendarSource(rs.getLong("id"), rs.getString("secret_ref"), rs.getString("shown"), rs.getString("etag"),
                            rs.getString("last_modified"), instant(rs.getString("last_good_utc")), instant(rs.getString("last_tried_utc")),
                            rs.getString("failure_key"),
                            failureArgs == null || failureArgs.isEmpty() ? List.of() : Arrays.asList(failureArgs.split(SEPARATOR, -1))));
                }
            }
        }
        return out;
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
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
