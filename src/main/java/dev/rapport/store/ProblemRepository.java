package dev.rapport.store;

import dev.rapport.i18n.I18n;

import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Severity;
import dev.rapport.model.ValidationException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class ProblemRepository {
    private static final String COLUMNS = "id, client_id, raised_by, raised_on, description, consequences, measures, severity, "
            + "target, emotion, status, resolved_on, reported_on, what_it_took, prevention";

    private final Journal journal;

    public ProblemRepository(Journal journal) {
        this.journal = journal;
    }

    public Problem save(Problem problem) {
        return journal.write(c -> save(c, problem));
    }

    Problem save(Connection c, Problem p) throws SQLException {
        Owners.check(c, p.clientId(), null, null);
        if (p.id() == 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO problem (client_id, raised_by, raised_on, description, "
                    + "consequences, measures, severity, target, emotion, status, resolved_on, reported_on, what_it_took, prevention) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, p);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return p.withId(keys.getLong(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE problem SET client_id = ?, raised_by = ?, raised_on = ?, "
                + "description = ?, consequences = ?, measures = ?, severity = ?, target = ?, emotion = ?, status = ?, "
                + "resolved_on = ?, reported_on = ?, what_it_took = ?, prevention = ?, "
                + "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?")) {
            bind(ps, p);
            ps.setLong(15, p.id());
            if (ps.executeUpdate() != 1) {
                throw new ValidationException("problem", I18n.t("validation.store.problemGone"));
            }
            return p;
        }
    }

    private static void bind(PreparedStatement ps, Problem p) throws SQLException {
        ps.setLong(1, p.clientId());
        ps.setString(2, p.raisedBy().name());
        ps.setString(3, p.raisedOn().toString());
        ps.setString(4, p.description());
        ps.setString(5, p.consequences());
        ps.setString(6, p.measures());
        ps.setString(7, p.severity().name());
        Owners.setDate(ps, 8, p.target());
        ps.setString(9, p.emotion());
        ps.setString(10, p.status().name());
        Owners.setDate(ps, 11, p.resolvedOn());
        Owners.setDate(ps, 12, p.reportedOn());
        ps.setString(13, p.whatItTook());
        ps.setString(14, p.prevention());
    }

    public Optional<Problem> find(long id) {
        return journal.read(c -> query(c, "SELECT " + COLUMNS + " FROM problem WHERE id = ?", id).stream().findFirst());
    }

    /** All problems, or one client's; newest raised first. */
    public List<Problem> list(Long clientId) {
        return journal.read(c -> clientId == null
                ? query(c, "SELECT " + COLUMNS + " FROM problem ORDER BY raised_on DESC, id DESC")
                : query(c, "SELECT " + COLUMNS + " FROM problem WHERE client_id = ? ORDER BY raised_on DESC, id DESC", clientId));
    }

    /** What Today needs: open problems with a target up to {@code until}, and resolved ones not yet reported. */
    public List<Problem> needingAttention(java.time.LocalDate until) {
        return journal.read(c -> query(c, "SELECT " + COLUMNS + " FROM problem WHERE (status IN ('OPEN', 'IN_PROGRESS') "
                + "AND target IS NOT NULL AND target <= ?) OR (status = 'RESOLVED' AND reported_on IS NULL) "
                + "ORDER BY raised_on DESC, id DESC", until.toString()));
    }

    public boolean delete(long id) {
        return journal.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM problem WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static List<Problem> query(Connection c, String sql, Object... args) throws SQLException {
        List<Problem> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LeftOut.add(out, rs, "problem", r -> new Problem(rs.getLong("id"), rs.getLong("client_id"), RaisedBy.valueOf(rs.getString("raised_by")),
                            LocalDate.parse(rs.getString("raised_on")), rs.getString("description"), rs.getString("consequences"),
                            rs.getString("measures"), Severity.valueOf(rs.getString("severity")), Owners.getDate(rs, "target"),
                            rs.getString("emotion"), ProblemStatus.valueOf(rs.getString("status")), Owners.getDate(rs, "resolved_on"),
                            Owners.getDate(rs, "reported_on"), rs.getString("what_it_took"), rs.getString("prevention")));
                }
            }
        }
        return out;
    }
}
