package dev.rapport.store;

import dev.rapport.model.ClientAsk;
import dev.rapport.model.Period;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the consultant writes for a client review: the headline of each review, and the asks of the client. */
public final class ClientReviewRepository {
    private static final String ASK_COLUMNS = "id, client_id, what, due, done_on";

    private final Journal journal;

    public ClientReviewRepository(Journal journal) {
        this.journal = journal;
    }

    /** The headline written for this client and period, empty when none was. */
    public String headline(long clientId, Period period) {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT headline FROM client_review WHERE client_id = ? AND period_from = ? AND period_to = ?")) {
                ps.setLong(1, clientId);
                ps.setString(2, period.from().toString());
                ps.setString(3, period.to().toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "";
                }
            }
        });
    }

    /** Keeps the headline of one review; an empty headline removes the row. */
    public void saveHeadline(long clientId, Period period, String headline) {
        journal.write(c -> {
            if (headline.isEmpty()) {
                return update(c, "DELETE FROM client_review WHERE client_id = ? AND period_from = ? AND period_to = ?",
                        clientId, period.from().toString(), period.to().toString());
            }
            return update(c, "INSERT INTO client_review (client_id, period_from, period_to, headline) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (client_id, period_from, period_to) DO UPDATE SET headline = excluded.headline",
                    clientId, period.from().toString(), period.to().toString(), headline);
        });
    }

    /** The client's asks: open ones first by due date, then the done ones, latest done first. */
    public List<ClientAsk> asks(long clientId) {
        return journal.read(c -> select(c, " WHERE client_id = ? ORDER BY done_on IS NOT NULL, "
                + "CASE WHEN done_on IS NULL THEN due END, done_on DESC, id", clientId));
    }

    public Optional<ClientAsk> ask(long id) {
        return journal.read(c -> {
            List<ClientAsk> one = select(c, " WHERE id = ?", id);
            return one.isEmpty() ? Optional.<ClientAsk>empty() : Optional.of(one.get(0));
        });
    }

    /** Adds a new ask (id 0) or changes a stored one; returns it as stored. */
    public ClientAsk save(ClientAsk ask) {
        return journal.write(c -> {
            String done = ask.doneOn() == null ? null : ask.doneOn().toString();
            if (ask.id() == 0) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO client_ask (client_id, what, due, done_on) VALUES (?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    ps.setLong(1, ask.clientId());
                    ps.setString(2, ask.what());
                    ps.setString(3, ask.due().toString());
                    ps.setString(4, done);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        return select(c, " WHERE id = ?", keys.getLong(1)).get(0);
                    }
                }
            }
            update(c, "UPDATE client_ask SET what = ?, due = ?, done_on = ? WHERE id = ?", ask.what(), ask.due().toString(), done, ask.id());
            return select(c, " WHERE id = ?", ask.id()).get(0);
        });
    }

    public void delete(long id) {
        journal.write(c -> update(c, "DELETE FROM client_ask WHERE id = ?", id));
    }

    private static List<ClientAsk> select(Connection c, String rest, Object... args) throws SQLException {
        List<ClientAsk> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ASK_COLUMNS + " FROM client_ask" + rest)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String done = rs.getString("done_on");
                    out.add(new ClientAsk(rs.getLong("id"), rs.getLong("client_id"), rs.getString("what"),
                            IsoTexts.date(rs.getString("due")), done == null ? null : IsoTexts.date(done)));
                }
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
