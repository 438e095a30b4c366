package dev.rapport.store;

import dev.rapport.i18n.I18n;

import dev.rapport.model.Rating;
import dev.rapport.model.Review;
import dev.rapport.model.ReviewAnswer;
import dev.rapport.model.ValidationException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Attribute reviews and their answers. */
public final class ReviewRepository {
    private final Journal journal;

    public ReviewRepository(Journal journal) {
        this.journal = journal;
    }

    public Review save(Review review) {
        return journal.write(c -> save(c, review));
    }

    public List<Review> saveAll(Collection<Review> reviews) {
        return journal.write(c -> {
            List<Review> out = new ArrayList<>();
            for (Review r : reviews) {
                out.add(save(c, r));
            }
            return out;
        });
    }

    private static Review save(Connection c, Review r) throws SQLException {
        if (Rows.count(c, "SELECT count(*) FROM client WHERE id = ?", r.clientId()) == 0) {
            throw new ValidationException("client", I18n.t("validation.store.reviewClientGone"));
        }
        if (r.interactionId() != null && Rows.count(c, "SELECT count(*) FROM interaction WHERE id = ? AND client_id = ?",
                r.interactionId(), r.clientId()) == 0) {
            throw new ValidationException("interaction", I18n.t("validation.store.reviewEntryNotClients"));
        }
        Review stored;
        if (r.id() == 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO review (client_id, interaction_id, reviewed_on) VALUES (?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, r);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    stored = r.withId(keys.getLong(1));
                }
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("UPDATE review SET client_id = ?, interaction_id = ?, reviewed_on = ? WHERE id = ?")) {
                bind(ps, r);
                ps.setLong(4, r.id());
                if (ps.executeUpdate() != 1) {
                    throw new ValidationException("review", I18n.t("validation.store.reviewGone"));
                }
                stored = r;
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM review_answer WHERE review_id = ?")) {
                del.setLong(1, r.id());
                del.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO review_answer (review_id, item_id, item_name, prompt, rating, note) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (ReviewAnswer a : r.answers()) {
                if (Rows.count(c, "SELECT count(*) FROM checklist_item WHERE id = ?", a.itemId()) == 0) {
                    throw new ValidationException("answers", I18n.t("validation.store.itemGone", a.itemName()));
                }
                ps.setLong(1, stored.id());
                ps.setLong(2, a.itemId());
                ps.setString(3, a.itemName());
                ps.setString(4, a.prompt());
                ps.setString(5, a.rating().name());
                ps.setString(6, a.note());
                ps.executeUpdate();
            }
        }
        return stored;
    }

    private static void bind(PreparedStatement ps, Review r) throws SQLException {
        ps.setLong(1, r.clientId());
        if (r.interactionId() == null) {
            ps.setNull(2, Types.INTEGER);
        } else {
            ps.setLong(2, r.interactionId());
        }
        ps.setString(3, r.reviewedOn().toString());
    }

    private record Head(long id, long clientId, Long interactionId, LocalDate reviewedOn) {
    }

    /** One answer as the heat map reads it: whose, which item, when, and the rating. */
    public record RecentAnswer(long itemId, LocalDate reviewedOn, Rating rating) {
    }

    /**
     * For each of {@code clientIds}, each item's (of {@code itemIds}) last {@code lastN} answers,
     * newest first: all a heat map needs (the latest rating and the trend), without reading years
     * of reviews. Per client it reads the newest reviews through the (client, day) index and stops
     * after the last {@code lastN}; only an item answered fewer times there, for a client with older
     * reviews, is looked up further back (one indexed query per such item).
     */
    public Map<Long, Map<Long, List<RecentAnswer>>> recentAnswers(Collection<Long> clientIds, int lastN, Collection<Long> itemIds) {
        return journal.read(c -> {
            Map<Long, Map<Long, List<RecentAnswer>>> out = new HashMap<>();
            Set<Long> wanted = new HashSet<>(itemIds);
            try (PreparedStatement newest = c.prepareStatement("SELECT r.id, r.reviewed_on, a.item_id, a.rating FROM review r "
                    + "JOIN review_answer a ON a.review_id = r.id WHERE r.client_id = ? ORDER BY r.reviewed_on DESC, r.id DESC");
                 PreparedStatement older = c.prepareStatement("SELECT r.id, r.reviewed_on, a.rating FROM review r "
                    + "JOIN review_answer a ON a.review_id = r.id AND a.item_id = ? WHERE r.client_id = ? "
                    + "ORDER BY r.reviewed_on DESC, r.id DESC LIMIT ?")) {
                for (long client : clientIds) {
                    Map<Long, List<RecentAnswer>> byItem = new HashMap<>();
                    boolean more = false;
                    newest.setLong(1, client);
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
                            long item = rs.getLong(3);
                            if (wanted.contains(item)) {
                                RecentAnswer answer = LeftOut.read(rs, "review", r -> new RecentAnswer(item, LocalDate.parse(rs.getString(2)),
                                        Rating.valueOf(rs.getString(4))));
                                if (answer != null) {
                                    byItem.computeIfAbsent(item, k -> new ArrayList<>(lastN)).add(answer);
                                }
                            }
                        }
                    }
                    if (more) {
                        for (long item : wanted) {
                            if (byItem.getOrDefault(item, List.of()).size() < lastN) {
                                List<RecentAnswer> all = older(older, client, item, lastN);
                                if (!all.isEmpty()) {
                                    byItem.put(item, all);
                                }
                            }
                        }
                    }
                    if (!byItem.isEmpty()) {
                        out.put(client, byItem);
                    }
                }
            }
            return out;
        });
    }

    private static List<RecentAnswer> older(PreparedStatement ps, long client, long item, int lastN) throws SQLException {
        ps.setLong(1, item);
        ps.setLong(2, client);
        ps.setInt(3, lastN);
        List<RecentAnswer> all = new ArrayList<>(lastN);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                LeftOut.add(all, rs, "review", r -> new RecentAnswer(item, LocalDate.parse(rs.getString(2)), Rating.valueOf(rs.getString(3))));
            }
        }
        return all;
    }

    /** One client's reviews, oldest first; null clientId gives every client's. */
    public List<Review> forClient(Long clientId) {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT r.id, r.client_id, r.interaction_id, r.reviewed_on, a.item_id, a.item_name, a.prompt, a.rating, a.note "
                            + "FROM review r JOIN review_answer a ON a.review_id = r.id WHERE (? IS NULL OR r.client_id = ?) "
                            + "ORDER BY r.reviewed_on, r.id")) {
                ps.setObject(1, clientId);
                ps.setObject(2, clientId);
                return reviews(ps);
            }
        });
    }

    /** Reviews from rows of (review id, client, entry, day, item, name, prompt, rating, note), in row order. */
    private static List<Review> reviews(PreparedStatement ps) throws SQLException {
        Map<Long, Head> heads = new LinkedHashMap<>();
        Map<Long, List<ReviewAnswer>> answers = new LinkedHashMap<>();
        Set<Long> broken = new HashSet<>();
        Connection c = ps.getConnection();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                long interaction = rs.getLong(3);
                Long interactionId = rs.wasNull() ? null : interaction;
                try {
                    heads.putIfAbsent(id, new Head(id, rs.getLong(2), interactionId, LocalDate.parse(rs.getString(4))));
                    answers.computeIfAbsent(id, k -> new ArrayList<>()).add(new ReviewAnswer(rs.getLong(5), rs.getString(6),
                            rs.getString(7), Rating.valueOf(rs.getString(8)), rs.getString(9)));
                } catch (RuntimeException breaksARule) {
                    // one bad answer leaves its whole review out: a review with an answer missing would mislead
                    LeftOut.note(c, "review", Long.toString(id), breaksARule);
                    broken.add(id);
                }
            }
        }
        List<Review> out = new ArrayList<>();
        for (Head h : heads.values()) {
            if (broken.contains(h.id())) {
                continue;
            }
            try {
                out.add(new Review(h.id(), h.clientId(), h.interactionId(), h.reviewedOn(), answers.get(h.id())));
            } catch (RuntimeException breaksARule) {
                LeftOut.note(c, "review", Long.toString(h.id()), breaksARule);
            }
        }
        return out;
    }

    public boolean delete(long id) {
        return journal.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM review WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public int count() {
        return journal.read(c -> Rows.count(c, "SELECT count(*) FROM review"));
    }
}
