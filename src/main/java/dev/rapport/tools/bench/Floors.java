package dev.rapport.tools.bench;

import dev.rapport.logic.WorkingTime;
import dev.rapport.model.JournalSettings;
import dev.rapport.model.WorkingHours;
import dev.rapport.store.Journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's floors: what SQLite itself needs for a figure's answer, through plain JDBC with
 * no mapping, so each measured figure can be printed as a ratio to it. A floor computes the whole
 * answer the figure shows (every count, every column, every query the screen makes), so a ratio
 * never flatters a path by measuring it against less work; the statements are the text below
 * (the README names them).
 */
public final class Floors {
    /** The client list's answer: each client's columns, last contact, people, entries, context carrier, open promises and problems. */
    static final String CLIENT_LIST = """
            SELECT c.id, c.name, c.status, c.archived, c.industry, c.notes, c.rhythm_ideal_days, c.rhythm_max_days,
                   (SELECT i.occurred_at FROM interaction i WHERE i.client_id = c.id
                    ORDER BY coalesce(i.occurred_utc, i.occurred_at) DESC LIMIT 1),
                   (SELECT count(DISTINCT r.contact_id) FROM contact_role r WHERE r.client_id = c.id),
                   (SELECT count(*) FROM interaction i WHERE i.client_id = c.id),
                   (SELECT p.name FROM contact p WHERE p.client_id = c.id AND p.context_carrier = 1 LIMIT 1),
                   (SELECT count(*) FROM promise pr WHERE pr.client_id = c.id AND pr.outcome = 'OPEN'),
                   (SELECT count(*) FROM problem pb WHERE pb.client_id = c.id AND pb.status IN ('OPEN', 'IN_PROGRESS'))
            FROM client c WHERE %s""";

    private final Journal journal;

    public Floors(Journal journal) {
        this.journal = journal;
    }

    /** The search box's journal page: the index's newest 21 hits, each entry's date, title, summary and client's name. */
    static final String SEARCH_ENTRIES = """
            WITH hits AS (SELECT rowid AS id FROM interaction_fts WHERE interaction_fts MATCH ? ORDER BY rowid DESC LIMIT 21)
            SELECT i.id, i.client_id, i.occurred_at, i.title, i.summary, c.name
            FROM hits JOIN interaction i ON i.id = hits.id JOIN client c ON c.id = i.client_id ORDER BY i.id DESC""";
    /** The search box's clients and people: the best 8 by bm25 (names weigh ten times), a person's role or email and client. */
    static final String SEARCH_PARTIES = """
            SELECT f.rowid, f.name, coalesce(p.client_id, f.rowid / 2), coalesce(nullif(p.role, ''), p.email, ''),
                   (SELECT name FROM client WHERE id = coalesce(p.client_id, f.rowid / 2))
            FROM party_fts f LEFT JOIN contact p ON f.rowid % 2 = 1 AND p.id = f.rowid / 2
            WHERE party_fts MATCH ? ORDER BY bm25(party_fts, 10.0, 1.0) LIMIT 8""";
    /** The search box's promises, problems and requests: the ledger index's newest 6 hits, each row's title, fact and client. */
    static final String SEARCH_LEDGER = """
            WITH hits AS MATERIALIZED (SELECT rowid AS key FROM ledger_fts WHERE ledger_fts MATCH ? ORDER BY rowid DESC LIMIT 6)
            SELECT hits.key, p.client_id, p.what, p.due, c.name
              FROM hits JOIN promise p ON hits.key % 3 = 0 AND p.id = hits.key / 3 JOIN client c ON c.id = p.client_id
            UNION ALL SELECT hits.key, b.client_id, b.description, b.status, c.name
              FROM hits JOIN problem b ON hits.key % 3 = 1 AND b.id = hits.key / 3 JOIN client c ON c.id = b.client_id
            UNION ALL SELECT hits.key, r.client_id, r.subject, substr(r.received_at, 1, 10), c.name
              FROM hits JOIN request r ON hits.key % 3 = 2 AND r.id = hits.key / 3 JOIN client c ON c.id = r.client_id
            ORDER BY 1 DESC""";

    /**
     * The search box's whole first page for typed text: its words as quoted prefixes, all to
     * match, through the three indexes — clients and people ({@link #SEARCH_PARTIES}), promises,
     * problems and requests ({@link #SEARCH_LEDGER}) and journal entries ({@link #SEARCH_ENTRIES}) —
     * every column the page shows read. (It used to read the journal index's rowids alone.)
     */
    public int searchPage(String text) {
        StringBuilder match = new StringBuilder();
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                match.append(match.length() == 0 ? "" : " ").append('"').append(word).append("\"*");
            }
        }
        return journal.read(c -> readAll(c, SEARCH_PARTIES, match.toString()) + readAll(c, SEARCH_LEDGER, match.toString())
                + readAll(c, SEARCH_ENTRIES, match.toString()));
    }

    /** A common word's matches ranked by bm25 over all of them: what a naive search would pay. */
    public int ftsRankAll(String term) {
        return journal.read(c -> count(c, "SELECT rowid FROM interaction_fts WHERE interaction_fts MATCH ? ORDER BY bm25(interaction_fts) LIMIT 21",
                "\"" + term + "\"*"));
    }

    /**
     * The client page's answer: the client's list row ({@link #CLIENT_LIST} for one client), its
     * people with their columns, and its latest 50 entries with every column an entry shows.
     */
    public int clientPage(long clientId) {
        return journal.read(c -> readAll(c, CLIENT_LIST.formatted("c.id = ?"), clientId)
                + readAll(c, "SELECT p.id, p.client_id, p.name, p.role, p.email, p.phone, p.preferred_channel, p.time_zone, p.notes, "
                + "p.context_carrier, r.current FROM contact p JOIN (SELECT contact_id, max(to_day IS NULL OR to_day > '"
                + LocalDate.now() + "') AS current FROM contact_role WHERE client_id = ? GROUP BY contact_id) r ON r.contact_id = p.id "
                + "ORDER BY r.current DESC, p.context_carrier DESC, p.name COLLATE NOCASE, p.id", clientId)
                + readAll(c, "SELECT i.id, i.client_id, i.occurred_at, i.occurred_utc, i.zone, i.channel, i.title, i.summary, "
                + "i.private_notes, i.tags, i.mood, cl.name, (SELECT group_concat(x.contact_id || ' ' || p.name) FROM interaction_contact x "
                + "JOIN contact p ON p.id = x.contact_id WHERE x.interaction_id = i.id) FROM interaction i JOIN client cl ON cl.id = i.client_id "
                + "WHERE i.client_id = ? ORDER BY coalesce(i.occurred_utc, i.occurred_at) DESC, i.id DESC LIMIT 50", clientId));
    }

    /** The client list's answer for the clients not archived: {@link #CLIENT_LIST}, every column read. */
    public int clientList() {
        return journal.read(c -> readAll(c, CLIENT_LIST.formatted("c.archived = ?"), 0));
    }

    /**
     * Today's answer, every query the view makes: the settings (working hours), each client's name,
     * rhythm and last contact, promises and problems needing attention by {@code until}, unanswered
     * requests with their titles, the response targets, the survey answers and follow-up marks
     * (follow-ups), dated events and this week's meetings, and the full list row
     * ({@link #CLIENT_LIST}) of the clients drifting past their ideal rhythm, picked by the same
     * day arithmetic.
     */
    public int today(LocalDate today) {
        String until = today.plusDays(7).toString();
        return journal.read(c -> {
            int n = readAll(c, "SELECT key, value FROM setting WHERE ? IS NOT NULL", 1)
                    + readAll(c, "SELECT client_id, acknowledge_hours, answer_hours, round_the_clock FROM response_target WHERE ? IS NOT NULL", 1)
                    + readAll(c, "SELECT id, client_id, what, outcome = 'OPEN', CASE outcome WHEN 'OPEN' THEN due ELSE decided_on END "
                    + "FROM promise WHERE (outcome = 'OPEN' AND due <= ?) OR (outcome = 'KEPT' AND reported_on IS NULL)", until)
                    + readAll(c, "SELECT id, client_id, description, severity, status <> 'RESOLVED', "
                    + "CASE status WHEN 'RESOLVED' THEN resolved_on ELSE target END FROM problem "
                    + "WHERE (status IN ('OPEN', 'IN_PROGRESS') AND target IS NOT NULL AND target <= ?) "
                    + "OR (status = 'RESOLVED' AND reported_on IS NULL)", until)
                    + readAll(c, "SELECT r.id, r.client_id, r.received_at, CASE WHEN r.subject <> '' THEN r.subject ELSE "
                    + "coalesce((SELECT q.question FROM request_question q WHERE q.request_id = r.id ORDER BY q.position LIMIT 1), '') END, "
                    + "r.acknowledged_at FROM request r WHERE r.answered_at IS NULL AND ? IS NOT NULL", 1)
                    + readAll(c, "SELECT id, question_id, question_text, client_id, contact_id, interaction_id, answered_on, scale, value, "
                    + "method, phrasing, note FROM survey_answer WHERE ? IS NOT NULL", 1)
                    + readAll(c, "SELECT answer_id, acknowledged_at, talked_at FROM follow_up WHERE ? IS NOT NULL", 1)
                    + readAll(c, "SELECT id, client_id, contact_id, kind, on_day, label, note FROM dated_event WHERE ? IS NOT NULL", 1)
                    + readAll(c, "SELECT id, uid, client_id, title, starts_at, ends_at, location, briefed_at, starts_utc, ends_utc, zone "
                    + "FROM meeting WHERE coalesce(starts_utc, starts_at) >= ? AND briefed_at IS NULL", today.toString());
            List<Long> drifting = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT c.id, c.name, "
                    + "c.status = 'ACTIVE' AND c.archived = 0, c.rhythm_ideal_days, c.rhythm_max_days, (SELECT i.occurred_at "
                    + "FROM interaction i WHERE i.client_id = c.id ORDER BY coalesce(i.occurred_utc, i.occurred_at) DESC LIMIT 1) FROM client c")) {
                while (rs.next()) {
                    n++;
                    rs.getString(2);
                    String last = rs.getString(6);
                    if (rs.getBoolean(3) && last != null) {
                        long days = ChronoUnit.DAYS.between(LocalDate.parse(last.substring(0, 10)), today);
                        if (days > rs.getInt(4) && days <= rs.getInt(5)) {
                            drifting.add(rs.getLong(1));
                        }
                    }
                }
            }
            if (!drifting.isEmpty()) {
                n += readAll(c, CLIENT_LIST.formatted("c.id IN (" + String.join(",", drifting.stream().map(String::valueOf).toList())
                        + ") AND ? IS NOT NULL"), 1);
            }
            return n;
        });
    }

    /**
     * The all-client ledger figures of the whole history, computed: promise and problem counts by
     * SQL aggregates, the problems' days to resolve (median), and each request's working time to
     * acknowledgement and answer under its client's targets and the settings' working hours
     * ({@link WorkingTime}, the rule itself), with the medians and shares within target. Returns
     * the sum of the counts, so nothing is optimised away.
     */
    public double ledgerFigures(LocalDate today) {
        return journal.read(c -> {
            double sum = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT sum(outcome IN ('KEPT', 'BROKEN')), sum(outcome = 'KEPT'), "
                    + "sum(outcome = 'KEPT' AND decided_on <= due), sum(outcome = 'KEPT' AND exceeded <> ''), "
                    + "sum(outcome = 'KEPT' AND reported_on IS NOT NULL), sum(outcome = 'OPEN'), sum(outcome = 'OPEN' AND due < ?), "
                    + "sum(outcome = 'KEPT' AND instr(' ' || exceeded || ' ', ' TIME ') > 0), "
                    + "sum(outcome = 'KEPT' AND instr(' ' || exceeded || ' ', ' QUALITY ') > 0), "
                    + "sum(outcome = 'KEPT' AND instr(' ' || exceeded || ' ', ' DESIGN ') > 0), "
                    + "sum(outcome = 'KEPT' AND instr(' ' || exceeded || ' ', ' OTHER ') > 0) FROM promise")) {
                ps.setString(1, today.toString());
                sum += sumColumns(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT sum(status IN ('OPEN', 'IN_PROGRESS')), sum(status = 'RESOLVED'), "
                    + "sum(status = 'RESOLVED' AND target IS NOT NULL), sum(status = 'RESOLVED' AND resolved_on <= target), "
                    + "sum(status = 'RESOLVED' AND reported_on IS NOT NULL) FROM problem")) {
                sum += sumColumns(ps);
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT julianday(resolved_on) - julianday(raised_on) FROM problem WHERE status = 'RESOLVED'")) {
                double[] days = new double[64];
                int n = 0;
                while (rs.next()) {
                    days = n == days.length ? Arrays.copyOf(days, n * 2) : days;
                    days[n++] = rs.getDouble(1);
                }
                sum += median(days, n);
            }
            sum += requestFigures(c);
            return sum;
        });
    }

    private static double requestFigures(Connection c) throws SQLException {
        Map<String, String> settings = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM setting")) {
            while (rs.next()) {
                settings.put(rs.getString(1), rs.getString(2));
            }
        }
        WorkingHours hours = JournalSettings.read(settings, ZoneId.systemDefault()).workingHours();
        double[] ack = new double[1024];
        double[] answer = new double[1024];
        int acks = 0;
        int answers = 0;
        int ackWithin = 0;
        int answerWithin = 0;
        int requests = 0;
        // SQLite turns the ISO instants into epoch minutes; SQL NULL comes back as 0 (no instant is the epoch)
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT unixepoch(r.received_at) / 60, "
                + "unixepoch(r.acknowledged_at) / 60, unixepoch(r.answered_at) / 60, "
                + "coalesce(t.acknowledge_hours, 2), coalesce(t.answer_hours, 24), coalesce(t.round_the_clock, 0) "
                + "FROM request r LEFT JOIN response_target t ON t.client_id = r.client_id")) {
            while (rs.next()) {
                requests++;
                Instant received = minute(rs.getLong(1));
                Instant acknowledged = minute(rs.getLong(2));
                Instant answered = minute(rs.getLong(3));
                if (acknowledged == null || (answered != null && answered.isBefore(acknowledged))) {
                    acknowledged = answered;
                }
                boolean allHours = rs.getInt(6) == 1;
                if (acknowledged != null) {
                    Duration d = WorkingTime.between(received, acknowledged, hours, allHours);
                    ack = acks == ack.length ? Arrays.copyOf(ack, acks * 2) : ack;
                    ack[acks++] = d.toSeconds() / 3600.0;
                    ackWithin += d.compareTo(Duration.ofHours(rs.getInt(4))) <= 0 ? 1 : 0;
                }
                if (answered != null) {
                    Duration d = WorkingTime.between(received, answered, hours, allHours);
                    answer = answers == answer.length ? Arrays.copyOf(answer, answers * 2) : answer;
                    answer[answers++] = d.toSeconds() / 3600.0;
                    answerWithin += d.compareTo(Duration.ofHours(rs.getInt(5))) <= 0 ? 1 : 0;
                }
            }
        }
        return requests + median(ack, acks) + median(answer, answers) + ackWithin + answerWithin;
    }

    private static Instant minute(long epochMinute) {
        return epochMinute == 0 ? null : Instant.ofEpochSecond(epochMinute * 60);
    }

    private static double median(double[] values, int n) {
        if (n == 0) {
            return 0;
        }
        Arrays.sort(values, 0, n);
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static double sumColumns(PreparedStatement ps) throws SQLException {
        double sum = 0;
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    sum += rs.getDouble(i);
                }
            }
        }
        return sum;
    }

    /**
     * The heat map's answer: the active, not archived clients, and for each its newest reviews'
     * answers, newest first, until {@code lastN} reviews are read (one indexed query per client),
     * with each item's older answers fetched only when it has fewer than {@code lastN} in those.
     */
    public int heatMap(int lastN) {
        return journal.read(c -> {
            int n = 0;
            try (Statement s = c.createStatement(); ResultSet clients = s.executeQuery("SELECT id, name, status, archived, industry, "
                    + "notes, rhythm_ideal_days, rhythm_max_days FROM client WHERE status = 'ACTIVE' AND archived = 0");
                 PreparedStatement items = c.prepareStatement("SELECT id FROM checklist_item WHERE active = 1");
                 PreparedStatement newest = c.prepareStatement("SELECT r.id, r.reviewed_on, a.item_id, a.rating FROM review r "
                         + "JOIN review_answer a ON a.review_id = r.id WHERE r.client_id = ? ORDER BY r.reviewed_on DESC, r.id DESC");
                 PreparedStatement older = c.prepareStatement("SELECT r.id, r.reviewed_on, a.rating FROM review r "
                         + "JOIN review_answer a ON a.review_id = r.id AND a.item_id = ? WHERE r.client_id = ? "
                         + "ORDER BY r.reviewed_on DESC, r.id DESC LIMIT ?")) {
                List<Long> itemIds = new ArrayList<>();
                try (ResultSet rs = items.executeQuery()) {
                    while (rs.next()) {
                        itemIds.add(rs.getLong(1));
                    }
                }
                while (clients.next()) {
                    clients.getString(2);
                    Map<Long, Integer> perItem = new HashMap<>();
                    newest.setLong(1, clients.getLong(1));
                    boolean more = false;
                    try (ResultSet rs = newest.executeQuery()) {
                        int reviews = 0;
                        long review = Long.MIN_VALUE;
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            if (id != review) {
                                review = id;
                                if (++reviews > lastN) {
                                    more = true;
                                    break;
                                }
                            }
                            rs.getString(2);
                            rs.getString(4);
                            perItem.merge(rs.getLong(3), 1, Integer::sum);
                            n++;
                        }
                    }
                    if (more) {
                        for (long item : itemIds) {
                            if (perItem.getOrDefault(item, 0) < lastN) {
                                older.setLong(1, item);
                                older.setLong(2, clients.getLong(1));
                                older.setInt(3, lastN);
                                try (ResultSet rs = older.executeQuery()) {
                                    while (rs.next()) {
                                        rs.getString(2);
                                        n++;
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return n;
        });
    }

    /** Runs one statement with one argument and reads every column of every row, as strings. */
    private static int readAll(Connection c, String sql, Object arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                int n = 0;
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getString(i);
                    }
                    n++;
                }
                return n;
            }
        }
    }

    private static int count(Connection c, String sql, Object arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    n++;
                }
                return n;
            }
        }
    }
}
