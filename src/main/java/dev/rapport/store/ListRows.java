package dev.rapport.store;

import dev.rapport.model.DataList;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The journal's lists as flat rows of text, for spreadsheets: one query per list, client names
 * instead of ids. Private notes are a column of the interactions only when asked for.
 */
public final class ListRows {
    private final Journal journal;

    public ListRows(Journal journal) {
        this.journal = journal;
    }

    private static String query(DataList kind, boolean includePrivate) {
        return switch (kind) {
            case CLIENTS -> "SELECT id, name, status, archived, industry, notes, rhythm_ideal_days, rhythm_max_days, created_at "
                    + "FROM client ORDER BY name COLLATE NOCASE, id";
            case CONTACTS -> "SELECT p.id, c.name AS client, p.name, p.role, p.email, p.phone, p.preferred_channel, p.time_zone, "
                    + "p.notes, p.context_carrier FROM contact p JOIN client c ON c.id = p.client_id "
                    + "ORDER BY c.name COLLATE NOCASE, p.name COLLATE NOCASE, p.id";
            case INTERACTIONS -> "SELECT i.id, c.name AS client, i.occurred_at, i.channel, i.title, i.summary, "
                    + (includePrivate ? "i.private_notes, " : "")
                    + "i.tags, i.mood, (SELECT group_concat(name, '; ') FROM (SELECT p.name FROM interaction_contact ic "
                    + "JOIN contact p ON p.id = ic.contact_id WHERE ic.interaction_id = i.id ORDER BY p.name)) AS people "
                    + "FROM interaction i JOIN client c ON c.id = i.client_id ORDER BY coalesce(i.occurred_utc, i.occurred_at), i.id";
            case PROMISES -> "SELECT pr.id, c.name AS client, p.name AS contact, pr.what, pr.made_on, pr.due, pr.outcome, "
                    + "pr.decided_on, pr.exceeded, pr.reported_on FROM promise pr JOIN client c ON c.id = pr.client_id "
                    + "LEFT JOIN contact p ON p.id = pr.contact_id ORDER BY pr.due, pr.id";
            case PROBLEMS -> "SELECT pb.id, c.name AS client, pb.raised_by, pb.raised_on, pb.description, pb.consequences, "
                    + "pb.measures, pb.severity, pb.target, pb.status, pb.resolved_on, pb.reported_on "
                    + "FROM problem pb JOIN client c ON c.id = pb.client_id ORDER BY pb.raised_on, pb.id";
            case REQUESTS -> "SELECT r.id, c.name AS client, p.name AS contact, r.received_at, r.channel, r.subject, "
                    + "r.acknowledged_at, r.answered_at, r.asked_anything_else FROM request r JOIN client c ON c.id = r.client_id "
                    + "LEFT JOIN contact p ON p.id = r.contact_id ORDER BY r.received_at, r.id";
        };
    }

    /** Hands the header, then every row, to {@code sink}; returns the number of data rows. */
    public long each(DataList kind, boolean includePrivate, Consumer<List<String>> sink) {
        return journal.read(c -> {
            long n = 0;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query(kind, includePrivate))) {
                ResultSetMetaData meta = rs.getMetaData();
                int cols = meta.getColumnCount();
                List<String> header = new ArrayList<>(cols);
                for (int i = 1; i <= cols; i++) {
                    header.add(meta.getColumnLabel(i));
                }
                sink.accept(header);
                while (rs.next()) {
                    List<String> row = new ArrayList<>(cols);
                    for (int i = 1; i <= cols; i++) {
                        String v = rs.getString(i);
                        row.add(v == null ? "" : v);
                    }
                    sink.accept(row);
                    n++;
                }
            }
            return n;
        });
    }

    /** Calendar items: open promises with their due day, unresolved problems with a target day. */
    public record Dated(String kind, long id, String client, String title, String day, String detail) {
    }

    public List<Dated> calendarItems() {
        return journal.read(c -> {
            List<Dated> items = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT pr.id, c.name, pr.what, pr.due FROM promise pr "
                        + "JOIN client c ON c.id = pr.client_id WHERE pr.outcome = 'OPEN' ORDER BY pr.due, pr.id")) {
                    while (rs.next()) {
                        items.add(new Dated("promise", rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), ""));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT pb.id, c.name, pb.description, pb.target, pb.severity FROM problem pb "
                        + "JOIN client c ON c.id = pb.client_id WHERE pb.target IS NOT NULL "
                        + "AND pb.status IN ('OPEN', 'IN_PROGRESS') ORDER BY pb.target, pb.id")) {
                    while (rs.next()) {
                        items.add(new Dated("problem", rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5)));
                    }
                }
            }
            return items;
        });
    }
}
