package dev.rapport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mail the journal has read (schema 13): one row per message, its threading headers and
 * what it became, so no message is imported twice and replies find the request they answer; and
 * the unmatched mail waiting to be assigned or ignored. Never a message's text.
 */
public final class MailRepository {
    private static final String COLUMNS = "message_key, message_id, in_reply_to, refs, from_client, auto, sent_utc, client_id, "
            + "contact_id, interaction_id, request_id, subject, proposed_questions";

    /** One message read in. {@code refs} are the References ids, space-separated; {@code proposedQuestions} one a line. */
    public record Row(String key, String messageId, String inReplyTo, String refs, boolean fromClient, boolean auto,
                      Instant sent, Long clientId, Long contactId, Long interactionId, Long requestId, String subject,
                      String proposedQuestions) {
    }

    /**
     * A message no known address matched, with what it takes to import it once assigned (schema 14;
     * rows kept by schema 13 have headers only). {@code recipients} and {@code attachments} one a line.
     */
    public record Unmatched(String key, String sender, String subject, Instant sent, String source, String messageId,
                            String inReplyTo, String refs, String recipients, String body, String attachments, boolean auto,
                            boolean dateFromFile) {
    }

    private static final String UNMATCHED_COLUMNS = "message_key, sender, subject, sent_utc, source, message_id, in_reply_to, refs, "
            + "recipients, body, attachments, auto, date_from_file";

    private final Journal journal;

    public MailRepository(Journal journal) {
        this.journal = journal;
    }

    public Optional<Row> find(String key) {
        return journal.read(c -> one(c, "SELECT " + COLUMNS + " FROM mail_message WHERE message_key = ?", key));
    }

    public Optional<Row> byMessageId(String messageId) {
        return journal.read(c -> one(c, "SELECT " + COLUMNS + " FROM mail_message WHERE message_id = ? ORDER BY message_key LIMIT 1",
                messageId));
    }

    /** Messages that name the id as the one they reply to or among their references. */
    public List<Row> referring(String messageId) {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM mail_message WHERE in_reply_to = ?1 "
                    + "OR (' ' || refs || ' ') LIKE ('% ' || ?1 || ' %') ESCAPE '\\' ORDER BY sent_utc, message_key")) {
                ps.setString(1, messageId.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
                return rows(ps);
            }
        });
    }

    /** Requests proposed from mail and not yet accepted, oldest first. */
    public List<Row> proposals() {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM mail_message "
                    + "WHERE proposed_questions IS NOT NULL ORDER BY sent_utc, message_key")) {
                return rows(ps);
            }
        });
    }

    public void insert(Row r) {
        journal.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mail_message (" + COLUMNS + ") "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, r.key());
                ps.setString(2, r.messageId());
                ps.setString(3, r.inReplyTo());
                ps.setString(4, r.refs() == null ? "" : r.refs());
                ps.setInt(5, r.fromClient() ? 1 : 0);
                ps.setInt(6, r.auto() ? 1 : 0);
                ps.setString(7, utc(r.sent()));
                setLong(ps, 8, r.clientId());
                setLong(ps, 9, r.contactId());
                setLong(ps, 10, r.interactionId());
                setLong(ps, 11, r.requestId());
                ps.setString(12, r.subject() == null ? "" : r.subject());
                ps.setString(13, r.proposedQuestions());
                return ps.executeUpdate();
            }
        });
    }

    /** The proposal became a request (or was dropped, with a null request). */
    public void accepted(String key, Long requestId) {
        journal.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE mail_message SET request_id = ?, proposed_questions = NULL WHERE message_key = ?")) {
                setLong(ps, 1, requestId);
                ps.setString(2, key);
                return ps.executeUpdate();
            }
        });
    }

    public boolean isUnmatched(String key) {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM mail_unmatched WHERE message_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Remembers an unmatched message (once). */
    public void addUnmatched(Unmatched u) {
        journal.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mail_unmatched (" + UNMATCHED_COLUMNS + ") "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_key) DO NOTHING")) {
                ps.setString(1, u.key());
                ps.setString(2, u.sender());
                ps.setString(3, u.subject());
                ps.setString(4, utc(u.sent()));
                ps.setString(5, u.source());
                ps.setString(6, u.messageId());
                ps.setString(7, u.inReplyTo());
                ps.setString(8, u.refs() == null ? "" : u.refs());
                ps.setString(9, u.recipients() == null ? "" : u.recipients());
                ps.setString(10, u.body() == null ? "" : u.body());
                ps.setString(11, u.attachments() == null ? "" : u.attachments());
                ps.setInt(12, u.auto() ? 1 : 0);
                ps.setInt(13, u.dateFromFile() ? 1 : 0);
                return ps.executeUpdate();
            }
        });
    }

    public void removeUnmatched(String key) {
        journal.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM mail_unmatched WHERE message_key = ?")) {
                ps.setString(1, key);
                return ps.executeUpdate();
            }
        });
    }

    /** Left in the list but no longer shown. */
    public void ignore(String key) {
        journal.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE mail_unmatched SET ignored = 1 WHERE message_key = ?")) {
                ps.setString(1, key);
                return ps.executeUpdate();
            }
        });
    }

    /** The unmatched mail not ignored, oldest first. */
    public List<Unmatched> unmatched() {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + UNMATCHED_COLUMNS + " FROM mail_unmatched "
                    + "WHERE ignored = 0 ORDER BY sent_utc, message_key")) {
                return unmatchedRows(ps);
            }
        });
    }

    /** One waiting message, ignored or not. */
    public Optional<Unmatched> unmatched(String key) {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + UNMATCHED_COLUMNS + " FROM mail_unmatched WHERE message_key = ?")) {
                ps.setString(1, key);
                return unmatchedRows(ps).stream().findFirst();
            }
        });
    }

    private static List<Unmatched> unmatchedRows(PreparedStatement ps) throws SQLException {
        List<Unmatched> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Unmatched(rs.getString(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getString(11), rs.getInt(12) == 1, rs.getInt(13) == 1));
            }
        }
        return out;
    }

    /** The message the request was accepted from, if it came by mail. */
    public Optional<Row> byRequest(long requestId) {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM mail_message WHERE request_id = ? "
                    + "ORDER BY sent_utc, message_key LIMIT 1")) {
                ps.setLong(1, requestId);
                return rows(ps).stream().findFirst();
            }
        });
    }

    /**
     * A person added from mail joins what the message became: its entry's people, and its sender
     * (and its request's person) when the message had none.
     */
    public void joinPerson(String key, long contactId, boolean sender) {
        journal.write(c -> {
            Optional<Row> row = one(c, "SELECT " + COLUMNS + " FROM mail_message WHERE message_key = ?", key);
            if (row.isEmpty()) {
                return null;
            }
            if (row.get().interactionId() != null) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT OR IGNORE INTO interaction_contact (interaction_id, contact_id) VALUES (?, ?)")) {
                    ps.setLong(1, row.get().interactionId());
                    ps.setLong(2, contactId);
                    ps.executeUpdate();
                }
            }
            if (sender && row.get().contactId() == null) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE mail_message SET contact_id = ? WHERE message_key = ?")) {
                    ps.setLong(1, contactId);
                    ps.setString(2, key);
                    ps.executeUpdate();
                }
                if (row.get().requestId() != null) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE request SET contact_id = ? WHERE id = ? AND contact_id IS NULL")) {
                        ps.setLong(1, contactId);
                        ps.setLong(2, row.get().requestId());
                        ps.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    private static Optional<Row> one(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            List<Row> rows = rows(ps);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
        }
    }

    private static List<Row> rows(PreparedStatement ps) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5) == 1,
                        rs.getInt(6) == 1, Instant.parse(rs.getString(7)), longOrNull(rs, 8), longOrNull(rs, 9),
                        longOrNull(rs, 10), longOrNull(rs, 11), rs.getString(12), rs.getString(13)));
            }
        }
        return out;
    }

    private static String utc(Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private static Long longOrNull(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, v);
        }
    }
}
