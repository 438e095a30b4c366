package dev.rapport.store;

import dev.rapport.i18n.I18n;

import dev.rapport.model.Channel;
import dev.rapport.model.Request;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.ValidationException;

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
import java.util.stream.Collectors;

/** Requests with their numbered questions and answers, and the clients' response targets. */
public final class RequestRepository {
    private static final String COLUMNS = "id, client_id, contact_id, received_at, channel, subject, acknowledged_at, "
            + "answered_at, asked_anything_else, zone";

    private final Journal journal;

    public RequestRepository(Journal journal) {
        this.journal = journal;
    }

    public Request save(Request request) {
        return journal.write(c -> save(c, request));
    }

    Request save(Connection c, Request r) throws SQLException {
        Owners.check(c, r.clientId(), r.contactId(), null);
        Request stored;
        if (r.id() == 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO request (client_id, contact_id, received_at, channel, "
                    + "subject, acknowledged_at, answered_at, asked_anything_else, zone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, r);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    stored = r.withId(keys.getLong(1));
                }
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("UPDATE request SET client_id = ?, contact_id = ?, received_at = ?, "
                    + "channel = ?, subject = ?, acknowledged_at = ?, answered_at = ?, asked_anything_else = ?, zone = ?, "
                    + "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?")) {
                bind(ps, r);
                ps.setLong(10, r.id());
                if (ps.executeUpdate() != 1) {
                    throw new ValidationException("request", I18n.t("validation.store.requestGone"));
                }
                stored = r;
            }
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM request_question WHERE request_id = ?");
             PreparedStatement add = c.prepareStatement("INSERT INTO request_question VALUES (?, ?, ?, ?)")) {
            del.setLong(1, stored.id());
            del.executeUpdate();
            for (int i = 0; i < stored.questions().size(); i++) {
                add.setLong(1, stored.id());
                add.setInt(2, i + 1);
                add.setString(3, stored.questions().get(i));
                add.setString(4, i < stored.answers().size() ? stored.answers().get(i) : "");
                add.executeUpdate();
            }
        }
        return stored;
    }

    private static void bind(PreparedStatement ps, Request r) throws SQLException {
        ps.setLong(1, r.clientId());
        Owners.setLong(ps, 2, r.contactId());
        Owners.setInstant(ps, 3, r.receivedAt());
        ps.setString(4, r.channel().name());
        ps.setString(5, r.subject());
        Owners.setInstant(ps, 6, r.acknowledgedAt());
        Owners.setInstant(ps, 7, r.answeredAt());
        ps.setInt(8, r.askedAnythingElse() ? 1 : 0);
        ps.setString(9, r.zone().getId());
    }

    public Optional<Request> find(long id) {
        return journal.read(c -> query(c, "SELECT " + COLUMNS + " FROM request WHERE id = ?", id).stream().findFirst());
    }

    /** All requests, or one client's; newest first. */
    public List<Request> list(Long clientId) {
        return journal.read(c -> clientId == null
                ? query(c, "SELECT " + COLUMNS + " FROM request ORDER BY received_at DESC, id DESC")
                : query(c, "SELECT " + COLUMNS + " FROM request WHERE client_id = ? ORDER BY received_at DESC, id DESC", clientId));
    }

    /** Requests not answered yet, newest first. */
    public List<Request> unanswered() {
        return journal.read(c -> query(c, "SELECT " + COLUMNS + " FROM request WHERE answered_at IS NULL "
                + "ORDER BY received_at DESC, id DESC"));
    }

    public boolean delete(long id) {
        return journal.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM request WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Each client's targets; clients without a row have the defaults. */
    public Map<Long, ResponseTargets> targets() {
        return journal.read(c -> {
            Map<Long, ResponseTargets> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT client_id, acknowledge_hours, answer_hours, round_the_clock FROM response_target")) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new ResponseTargets(rs.getInt(2), rs.getInt(3), rs.getInt(4) == 1));
                }
            }
            return out;
        });
    }

    public void saveTargets(long clientId, ResponseTargets t) {
        journal.write(c -> {
            Owners.check(c, clientId, null, null);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO response_target VALUES (?, ?, ?, ?) ON CONFLICT (client_id) "
                    + "DO UPDATE SET acknowledge_hours = excluded.acknowledge_hours, answer_hours = excluded.answer_hours, "
                    + "round_the_clock = excluded.round_the_clock")) {
                ps.setLong(1, clientId);
                ps.setInt(2, t.acknowledgeHours());
                ps.setInt(3, t.answerHours());
                ps.setInt(4, t.roundTheClock() ? 1 : 0);
                return ps.executeUpdate();
            }
        });
    }

    private record Row(long id, long clientId, Long contactId, Instant receivedAt, Channel channel, String subject,
                       Instant acknowledgedAt, Instant answeredAt, boolean anythingElse, java.time.ZoneId zone) {
    }

    private static List<Request> query(Connection c, String sql, Object... args) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong("id"), rs.getLong("client_id"), Owners.getLong(rs, "contact_id"),
                            Owners.getInstant(rs, "received_at"), Channel.valueOf(rs.getString("channel")), rs.getString("subject"),
                            Owners.getInstant(rs, "acknowledged_at"), Owners.getInstant(rs, "answered_at"),
                            rs.getInt("asked_anything_else") == 1, MomentColumns.zoneOrMachine(rs.getString("zone"))));
                }
            }
        }
        Map<Long, List<String[]>> items = new HashMap<>();
        if (!rows.isEmpty()) {
            String ids = rows.stream().map(r -> Long.toString(r.id())).collect(Collectors.joining(","));
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT request_id, question, answer "
                    + "FROM request_question WHERE request_id IN (" + ids + ") ORDER BY request_id, position")) {
                while (rs.next()) {
                    items.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        List<Request> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<String[]> qa = items.getOrDefault(r.id(), List.of());
            out.add(new Request(r.id(), r.clientId(), r.contactId(), r.receivedAt(), r.channel(), r.subject(),
                    qa.stream().map(x -> x[0]).toList(), r.acknowledgedAt(), r.answeredAt(), qa.stream().map(x -> x[1]).toList(),
                    r.anythingElse(), r.zone()));
        }
        return out;
    }
}
