package dev.rapport.store;

import dev.rapport.i18n.I18n;

import dev.rapport.model.ValidationException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** What was done about a close-the-loop follow-up, keyed by the survey answer that opened it. */
public final class FollowUpRepository {
    /** When the answer was acknowledged and when the consultant talked to the client; either may be null. */
    public record Marks(Instant acknowledgedAt, Instant talkedAt) {
        public static final Marks NONE = new Marks(null, null);
    }

    private final Journal journal;

    public FollowUpRepository(Journal journal) {
        this.journal = journal;
    }

    public Map<Long, Marks> all() {
        return journal.read(c -> {
            Map<Long, Marks> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT answer_id, acknowledged_at, talked_at FROM follow_up");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long answer = rs.getLong("answer_id");
                    Marks marks = LeftOut.read(rs, "follow_up", Long.toString(answer),
                            r -> new Marks(Owners.getInstant(rs, "acknowledged_at"), Owners.getInstant(rs, "talked_at")));
                    if (marks != null) {
                        out.put(answer, marks);
                    }
                }
            }
            return out;
        });
    }

    /** Stores both marks of one follow-up (null clears a mark). */
    public void put(long answerId, Marks marks) {
        journal.write(c -> {
            if (Rows.count(c, "SELECT count(*) FROM survey_answer WHERE id = ?", answerId) == 0) {
                throw new ValidationException("answer", I18n.t("validation.store.answerGone"));
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO follow_up (answer_id, acknowledged_at, talked_at) "
                    + "VALUES (?, ?, ?) ON CONFLICT (answer_id) DO UPDATE SET acknowledged_at = excluded.acknowledged_at, "
                    + "talked_at = excluded.talked_at")) {
                ps.setLong(1, answerId);
                Owners.setInstant(ps, 2, marks.acknowledgedAt());
                Owners.setInstant(ps, 3, marks.talkedAt());
                ps.executeUpdate();
            }
            return null;
        });
    }
}
