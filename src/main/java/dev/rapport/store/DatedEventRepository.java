package dev.rapport.store;

import dev.rapport.i18n.I18n;

import dev.rapport.model.DatedEvent;
import dev.rapport.model.ValidationException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Dates that matter, per client and per person. */
public final class DatedEventRepository {
    private static final String COLUMNS = "id, client_id, contact_id, kind, on_day, label, note";

    private final Journal journal;

    public DatedEventRepository(Journal journal) {
        this.journal = journal;
    }

    public DatedEvent save(DatedEvent e) {
        return journal.write(c -> {
            Owners.check(c, e.clientId(), e.contactId(), null);
            if (e.id() == 0) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO dated_event (client_id, contact_id, kind, on_day, label, note) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    bind(ps, e);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        return e.withId(keys.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE dated_event SET client_id = ?, contact_id = ?, kind = ?, on_day = ?, "
                    + "label = ?, note = ? WHERE id = ?")) {
                bind(ps, e);
                ps.setLong(7, e.id());
                if (ps.executeUpdate() != 1) {
                    throw new ValidationException("date", I18n.t("validation.store.dateGone"));
                }
                return e;
            }
        });
    }

    private static void bind(PreparedStatement ps, DatedEvent e) throws SQLException {
        ps.setLong(1, e.clientId());
        Owners.setLong(ps, 2, e.contactId());
        ps.setString(3, e.kind().name());
        Owners.setDate(ps, 4, e.on());
        ps.setString(5, e.label());
        ps.setString(6, e.note());
    }

    public void delete(long id) {
        journal.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM dated_event WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** One client's dates (all clients' when null), by date. */
    public List<DatedEvent> forClient(Long clientId) {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM dated_event"
                    + (clientId == null ? "" : " WHERE client_id = ?") + " ORDER BY on_day, id")) {
                if (clientId != null) {
                    ps.setLong(1, clientId);
                }
                List<DatedEvent> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LeftOut.add(out, rs, "dated_event", r -> new DatedEvent(rs.getLong("id"), rs.getLong("client_id"), Owners.getLong(rs, "contact_id"),
                                DatedEvent.Kind.valueOf(rs.getString("kind")), LocalDate.parse(rs.getString("on_day")),
                                rs.getString("label"), rs.getString("note")));
                    }
                }
                return out;
            }
        });
    }
}
