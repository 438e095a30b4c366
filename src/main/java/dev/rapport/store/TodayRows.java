package dev.rapport.store;

import dev.rapport.model.Rhythm;
import dev.rapport.model.Severity;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Today view reads, and only that: the ledger items that may need the consultant now,
 * each with just the columns an item shows. Every query is served by an index (V7), so Today's
 * cost follows the number of items it shows, not the size of the journal. Each column read costs
 * a call into SQLite, so what SQL can decide (open or not, which day counts, the title) it does.
 */
public final class TodayRows {
    /**
     * A client as Today needs it: its name for the items, and whether its rhythm is watched
     * (active, not archived) with the day of its latest entry (null without entries).
     */
    public record ClientRow(long id, String name, boolean watched, Rhythm rhythm, LocalDate lastContact) {
    }

    /** An open promise due by the given day (day is its due date), or a kept one not yet reported (day is when it was kept). */
    public record PromiseRow(long id, long clientId, String what, boolean open, LocalDate day) {
    }

    /** An open problem with a target by the given day (day is the target), or a resolved one not yet reported (day is when). */
    public record ProblemRow(long id, long clientId, String description, Severity severity, boolean open, LocalDate day) {
    }

    /** A request not answered yet; title is its subject, else its first question, else "". */
    public record RequestRow(long id, long clientId, Instant receivedAt, String title, Instant acknowledgedAt) {
    }

    private final Journal journal;

    public TodayRows(Journal journal) {
        this.journal = journal;
    }

    /** Every client, archived too, in no particular order, with one index probe each for the latest entry. */
    public List<ClientRow> clients() {
        return journal.read(c -> {
            List<ClientRow> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT c.id, c.name, "
                    + "c.status = 'ACTIVE' AND c.archived = 0, c.rhythm_ideal_days, c.rhythm_max_days, "
                    + "(SELECT i.occurred_at FROM interaction i WHERE i.client_id = c.id ORDER BY " + MomentColumns.ENTRY_ORDER
                    + " DESC LIMIT 1) FROM client c")) {
                while (rs.next()) {
                    String last = rs.getString(6);
                    LeftOut.add(out, rs, "client", r -> new ClientRow(rs.getLong(1), rs.getString(2), rs.getBoolean(3), new Rhythm(rs.getInt(4), rs.getInt(5)),
                            last == null ? null : IsoTexts.date(last.substring(0, 10))));
                }
            }
            return out;
        });
    }

    /** Open promises due up to {@code until} and kept ones not yet reported, by due date. */
    public List<PromiseRow> promises(LocalDate until) {
        return journal.read(c -> {
            List<PromiseRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, client_id, what, outcome = 'OPEN', "
                    + "CASE outcome WHEN 'OPEN' THEN due ELSE decided_on END FROM promise "
                    + "WHERE (outcome = 'OPEN' AND due <= ?) OR (outcome = 'KEPT' AND reported_on IS NULL) ORDER BY due, id")) {
                ps.setString(1, until.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LeftOut.add(out, rs, "promise", r -> new PromiseRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4), date(rs.getString(5))));
                    }
                }
            }
            return out;
        });
    }

    /** Open problems with a target up to {@code until} and resolved ones not yet reported, newest raised first. */
    public List<ProblemRow> problems(LocalDate until) {
        return journal.read(c -> {
            List<ProblemRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, client_id, description, severity, status <> 'RESOLVED', "
                    + "CASE status WHEN 'RESOLVED' THEN resolved_on ELSE target END "
                    + "FROM problem WHERE (status IN ('OPEN', 'IN_PROGRESS') AND target IS NOT NULL AND target <= ?) "
                    + "OR (status = 'RESOLVED' AND reported_on IS NULL) ORDER BY raised_on DESC, id DESC")) {
                ps.setString(1, until.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LeftOut.add(out, rs, "problem", r -> new ProblemRow(rs.getLong(1), rs.getLong(2), rs.getString(3), Severity.valueOf(rs.getString(4)),
                                rs.getBoolean(5), date(rs.getString(6))));
                    }
                }
            }
            return out;
        });
    }

    /** Requests without an answer, newest first. */
    public List<RequestRow> unansweredRequests() {
        return journal.read(c -> {
            List<RequestRow> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT r.id, r.client_id, r.received_at, "
                    + "CASE WHEN r.subject <> '' THEN r.subject ELSE coalesce((SELECT q.question FROM request_question q "
                    + "WHERE q.request_id = r.id ORDER BY q.position LIMIT 1), '') END, r.acknowledged_at "
                    + "FROM request r WHERE r.answered_at IS NULL ORDER BY r.received_at DESC, r.id DESC")) {
                while (rs.next()) {
                    String ack = rs.getString(5);
                    LeftOut.add(out, rs, "request", r -> new RequestRow(rs.getLong(1), rs.getLong(2), IsoTexts.instant(rs.getString(3)), rs.getString(4),
                            ack == null ? null : IsoTexts.instant(ack)));
                }
            }
            return out;
        });
    }


    private static LocalDate date(String text) {
        return text == null ? null : IsoTexts.date(text);
    }
}
