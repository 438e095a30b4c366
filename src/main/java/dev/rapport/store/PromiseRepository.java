package dev.rapport.store;

import dev.rapport.i18n.I18n;

import dev.rapport.model.Dimension;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.Renegotiation;
import dev.rapport.model.ValidationException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

public final class PromiseRepository {
    private static final String COLUMNS = "id, client_id, contact_id, interaction_id, what, made_on, due, understood_on, "
            + "outcome, decided_on, exceeded, other_dimension, reported_on, report_note";

    private final Journal journal;

    public PromiseRepository(Journal journal) {
        this.journal = journal;
    }

    public Promise save(Promise promise) {
        return journal.write(c -> save(c, promise));
    }

    Promise save(Connection c, Promise p) throws SQLException {
        Owners.check(c, p.clientId(), p.contactId(), p.interactionId());
        Promise stored;
        if (p.id() == 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO promise (client_id, contact_id, interaction_id, what, "
                    + "made_on, due, understood_on, outcome, decided_on, exceeded, other_dimension, reported_on, report_note) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, p);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    stored = p.withId(keys.getLong(1));
                }
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("UPDATE promise SET client_id = ?, contact_id = ?, interaction_id = ?, "
                    + "what = ?, made_on = ?, due = ?, understood_on = ?, outcome = ?, decided_on = ?, exceeded = ?, "
                    + "other_dimension = ?, reported_on = ?, report_note = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                    + "WHERE id = ?")) {
                bind(ps, p);
                ps.setLong(14, p.id());
                if (ps.executeUpdate() != 1) {
                    throw new ValidationException("promise", I18n.t("validation.store.promiseGone"));
                }
                stored = p;
            }
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM promise_renegotiation WHERE promise_id = ?");
             PreparedStatement add = c.prepareStatement("INSERT INTO promise_renegotiation VALUES (?, ?, ?, ?, ?, ?)")) {
            del.setLong(1, stored.id());
            del.executeUpdate();
            int position = 0;
            for (Renegotiation r : stored.history()) {
                add.setLong(1, stored.id());
                add.setInt(2, position++);
                add.setString(3, r.on().toString());
                add.setString(4, r.previousDue().toString());
                add.setString(5, r.newDue().toString());
                add.setString(6, r.note());
                add.executeUpdate();
            }
        }
        return stored;
    }

    private static void bind(PreparedStatement ps, Promise p) throws SQLException {
        ps.setLong(1, p.clientId());
        Owners.setLong(ps, 2, p.contactId());
        Owners.setLong(ps, 3, p.interactionId());
        ps.setString(4, p.what());
        ps.setString(5, p.madeOn().toString());
        ps.setString(6, p.due().toString());
        Owners.setDate(ps, 7, p.understoodOn());
        ps.setString(8, p.outcome().name());
        Owners.setDate(ps, 9, p.decidedOn());
        ps.setString(10, p.exceeded().stream().sorted().map(Enum::name).collect(Collectors.joining(" ")));
        ps.setString(11, p.otherDimension());
        Owners.setDate(ps, 12, p.reportedOn());
        ps.setString(13, p.reportNote());
    }

    public Optional<Promise> find(long id) {
        return journal.read(c -> query(c, "SELECT " + COLUMNS + " FROM promise WHERE id = ?", id).stream().findFirst());
    }

    /** All promises, or one client's when clientId is not null; by due date. */
    public List<Promise> list(Long clientId) {
        return journal.read(c -> clientId == null
                ? query(c, "SELECT " + COLUMNS + " FROM promise ORDER BY due, id")
                : query(c, "SELECT " + COLUMNS + " FROM promise WHERE client_id = ? ORDER BY due, id", clientId));
    }

    /** What Today needs: open promises due up to {@code until}, and kept ones not yet reported. */
    public List<Promise> needingAttention(LocalDate until) {
        return journal.read(c -> query(c, "SELECT " + COLUMNS + " FROM promise WHERE (outcome = 'OPEN' AND due <= ?) "
                + "OR (outcome = 'KEPT' AND reported_on IS NULL) ORDER BY due, id", until.toString()));
    }

    public boolean delete(long id) {
        return journal.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM promise WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static List<Promise> query(Connection c, String sql, Object... args) throws SQLException {
        List<Promise> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LeftOut.add(rows, rs, "promise", r -> new Promise(rs.getLong("id"), rs.getLong("client_id"), Owners.getLong(rs, "contact_id"),
                            Owners.getLong(rs, "interaction_id"), rs.getString("what"), LocalDate.parse(rs.getString("made_on")),
                            LocalDate.parse(rs.getString("due")), Owners.getDate(rs, "understood_on"),
                            PromiseOutcome.valueOf(rs.getString("outcome")), Owners.getDate(rs, "decided_on"),
                            dimensions(rs.getString("exceeded")), rs.getString("other_dimension"), Owners.getDate(rs, "reported_on"),
                            rs.getString("report_note"), List.of()));
                }
            }
        }
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<Renegotiation>> history = new HashMap<>();
        String ids = rows.stream().map(p -> Long.toString(p.id())).collect(Collectors.joining(","));
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT promise_id, on_day, previous_due, new_due, note "
                + "FROM promise_renegotiation WHERE promise_id IN (" + ids + ") ORDER BY promise_id, position")) {
            while (rs.next()) {
                history.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Renegotiation(LocalDate.parse(rs.getString(2)),
                        LocalDate.parse(rs.getString(3)), LocalDate.parse(rs.getString(4)), rs.getString(5)));
            }
        }
        if (history.isEmpty()) {
            return rows;
        }
        List<Promise> out = new ArrayList<>(rows.size());
        for (Promise p : rows) {
            List<Renegotiation> h = history.get(p.id());
            out.add(h == null ? p : new Promise(p.id(), p.clientId(), p.contactId(), p.interactionId(), p.what(), p.madeOn(), p.due(),
                    p.understoodOn(), p.outcome(), p.decidedOn(), p.exceeded(), p.otherDimension(), p.reportedOn(), p.reportNote(), h));
        }
        return out;
    }

    static Set<Dimension> dimensions(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        EnumSet<Dimension> set = EnumSet.noneOf(Dimension.class);
        Arrays.stream(text.split(" ")).map(Dimension::valueOf).forEach(set::add);
        return set;
    }

}
