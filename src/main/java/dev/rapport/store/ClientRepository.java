package dev.rapport.store;

import dev.rapport.i18n.I18n;

import dev.rapport.model.Client;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.Rhythm;
import dev.rapport.model.ValidationException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class ClientRepository {
    private static final String COLUMNS = "c.id, c.name, c.status, c.archived, c.industry, c.notes, c.rhythm_ideal_days, c.rhythm_max_days";

    private static final String OVERVIEW = """
            SELECT %1$s,
                   (SELECT i.occurred_at FROM interaction i WHERE i.client_id = c.id
                    ORDER BY coalesce(i.occurred_utc, i.occurred_at) DESC LIMIT 1) AS last_contact,
                   (SELECT count(DISTINCT r.contact_id) FROM contact_role r WHERE r.client_id = c.id) AS contacts,
                   (SELECT count(*) FROM interaction i WHERE i.client_id = c.id) AS interactions,
                   (SELECT p.name FROM contact p WHERE p.client_id = c.id AND p.context_carrier = 1 LIMIT 1) AS carrier,
                   (SELECT count(*) FROM promise pr WHERE pr.client_id = c.id AND pr.outcome = 'OPEN') AS open_promises,
                   (SELECT count(*) FROM problem pb WHERE pb.client_id = c.id AND pb.status IN ('OPEN', 'IN_PROGRESS')) AS open_problems
            FROM client c
            WHERE %2$s
            ORDER BY c.name COLLATE NOCASE
            """;

    /** One client's list row: the statement text made once, not formatted on every client page. */
    private static final String ONE_OVERVIEW = OVERVIEW.formatted(COLUMNS, "c.id = ?");

    private final Journal journal;

    public ClientRepository(Journal journal) {
        this.journal = journal;
    }

    public Client save(Client client) {
        return journal.write(c -> save(c, client));
    }

    Client save(Connection c, Client client) throws SQLException {
        try {
            return client.id() == 0 ? insert(c, client) : update(c, client);
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("UNIQUE")) {
                throw new ValidationException("name", I18n.t("validation.client.exists", client.name()));
            }
            throw e;
        }
    }

    private Client insert(Connection c, Client client) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO client (name, status, archived, industry, notes, rhythm_ideal_days, rhythm_max_days)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, client);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return client.withId(keys.getLong(1));
            }
        }
    }

    private Client update(Connection c, Client client) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE client SET name = ?, status = ?, archived = ?, industry = ?, notes = ?,
                       rhythm_ideal_days = ?, rhythm_max_days = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
                WHERE id = ?""")) {
            bind(ps, client);
            ps.setLong(8, client.id());
            if (ps.executeUpdate() != 1) {
                throw new ValidationException("client", I18n.t("validation.store.clientGone"));
            }
            return client;
        }
    }

    static void bind(PreparedStatement ps, Client client) throws SQLException {
        ps.setString(1, client.name());
        ps.setString(2, client.status().name());
        ps.setInt(3, client.archived() ? 1 : 0);
        ps.setString(4, client.industry());
        ps.setString(5, client.notes());
        ps.setInt(6, client.rhythm().idealDays());
        ps.setInt(7, client.rhythm().maxDays());
    }

    public Optional<Client> find(long id) {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM client c WHERE c.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Clients whose name matches case-insensitively (Unicode-aware), for "--client NAME". */
    public List<Client> all() {
        return journal.read(c -> {
            List<Client> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM client c ORDER BY c.name COLLATE NOCASE")) {
                while (rs.next()) {
                    LeftOut.add(out, rs, "client", r -> map(rs));
                }
            }
            return out;
        });
    }

    public List<ClientOverview> overviews(boolean includeArchived, LocalDate today) {
        return journal.read(c -> {
            List<ClientOverview> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(OVERVIEW.formatted(COLUMNS, "(? = 1 OR c.archived = 0)"))) {
                ps.setInt(1, includeArchived ? 1 : 0);
                readOverviews(ps, today, out);
            }
            return out;
        });
    }

    /** The overviews of the given clients, by name. */
    public List<ClientOverview> overviews(java.util.Collection<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String list = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        return journal.read(c -> {
            List<ClientOverview> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(OVERVIEW.formatted(COLUMNS, "c.id IN (" + list + ")"))) {
                readOverviews(ps, today, out);
            }
            return out;
        });
    }

    public Optional<ClientOverview> overview(long id, LocalDate today) {
        return journal.read(c -> {
            List<ClientOverview> out = new ArrayList<>(1);
            try (PreparedStatement ps = c.prepareStatement(ONE_OVERVIEW)) {
                ps.setLong(1, id);
                readOverviews(ps, today, out);
            }
            return out.stream().findFirst();
        });
    }

    private static void readOverviews(PreparedStatement ps, LocalDate today, List<ClientOverview> out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Client client = map(rs);
                String last = rs.getString("last_contact");
                LocalDate lastDate = last == null ? null : LocalDate.parse(last.substring(0, 10));
                Long days = lastDate == null ? null : ChronoUnit.DAYS.between(lastDate, today);
                out.add(new ClientOverview(client, lastDate, days, client.rhythm().stateAfter(days),
                        rs.getInt("contacts"), rs.getInt("interactions"), rs.getString("carrier"),
                        rs.getInt("open_promises"), rs.getInt("open_problems")));
            }
        }
    }

    public boolean delete(long id) {
        return journal.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM client WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public int count() {
        return journal.read(c -> Rows.count(c, "SELECT count(*) FROM client"));
    }

    static Client map(ResultSet rs) throws SQLException {
        return new Client(rs.getLong("id"), rs.getString("name"), ClientStatus.valueOf(rs.getString("status")),
                rs.getInt("archived") == 1, rs.getString("industry"), rs.getString("notes"),
                new Rhythm(rs.getInt("rhythm_ideal_days"), rs.getInt("rhythm_max_days")));
    }
}
