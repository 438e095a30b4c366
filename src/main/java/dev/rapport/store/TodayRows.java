package dev.rapport.store;

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
 * cost follows the number of items it shows, not the size of the journal.
 */
public final class TodayRows {
    /** An open promise due by the given day, or a kept one not yet reported (open is false). */
    public record PromiseRow(long id, long clientId, String what, LocalDate due, boolean open, LocalDate decidedOn) {
    }

    /** An open problem with a target by the given day, or a resolved one not yet reported (open is false). */
    public record ProblemRow(long id, long clientId, String description, Severity severity, LocalDate target, boolean open,
                             LocalDate resolvedOn) {
    }

    /** A request not answered yet; title is its subject, else its first question, else "". */
    public record RequestRow(long id, long clientId, Instant receivedAt, String title, Instant acknowledgedAt) {
    }

    private final Journal journal;

    public TodayRows(Journal journal) {
        this.journal = journal;
    }

    /** Open promises due up to {@code until} and kept ones not yet reported, by due date. */
    public List<PromiseRow> promises(LocalDate until) {
        return journal.read(c -> {
            List<PromiseRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, client_id, what, due, outcome, decided_on FROM promise "
                    + "WHERE (outcome = 'OPEN' AND due <= ?) OR (outcome = 'KEPT' AND reported_on IS NULL) ORDER BY due, id")) {
                ps.setString(1, until.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String decided = rs.getString(6);
                        out.add(new PromiseRow(rs.getLong(1), rs.getLong(2), rs.getString(3), LocalDate.parse(rs.getString(4)),
                                "OPEN".equals(rs.getString(5)), decided == null ? null : LocalDate.parse(decided)));
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
            try (PreparedStatement ps = c.prepareStatement("SELECT id, client_id, description, severity, target, status, resolved_on "
                    + "FROM problem WHERE (status IN ('OPEN', 'IN_PROGRESS') AND target IS NOT NULL AND target <= ?) "
                    + "OR (status = 'RESOLVED' AND reported_on IS NULL) ORDER BY raised_on DESC, id DESC")) {
                ps.setString(1, until.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String target = rs.getString(5);
                        String resolved = rs.getString(7);
                        String status = rs.getString(6);
                        out.add(new ProblemRow(rs.getLong(1), rs.getLong(2), rs.getString(3), Severity.valueOf(rs.getString(4)),
                                target == null ? null : LocalDate.parse(target), !"RESOLVED".equals(status),
                                resolved == null ? null : LocalDate.parse(resolved)));
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
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT r.id, r.client_id, r.received_at, r.subject, "
                    + "r.acknowledged_at, (SELECT q.question FROM request_question q WHERE q.request_id = r.id "
                    + "ORDER BY q.position LIMIT 1) FROM request r WHERE r.answered_at IS NULL ORDER BY r.received_at DESC, r.id DESC")) {
                while (rs.next()) {
                    String subject = rs.getString(4);
                    String first = rs.getString(6);
                    String ack = rs.getString(5);
                    out.add(new RequestRow(rs.getLong(1), rs.getLong(2), Instant.parse(rs.getString(3)),
                            !subject.isEmpty() ? subject : first == null ? "" : first, ack == null ? null : Instant.parse(ack)));
                }
            }
            return out;
        });
    }
}
