package dev.rapport.store;

import dev.rapport.i18n.I18n;

import dev.rapport.model.Phrasing;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyQuestion;
import dev.rapport.model.SurveyScale;
import dev.rapport.model.ValidationException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The questions of the period and the clients' answers. */
public final class SurveyRepository {
    private static final String ANSWER_COLUMNS = "id, question_id, question_text, client_id, contact_id, interaction_id, "
            + "answered_on, scale, value, method, phrasing, note";

    private final Journal journal;

    public SurveyRepository(Journal journal) {
        this.journal = journal;
    }

    public SurveyQuestion save(SurveyQuestion q) {
        return journal.write(c -> {
            if (q.id() == 0) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO survey_question (text, scale, phrasing, starts_on, ends_on) "
                        + "VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    bind(ps, q);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        return q.withId(keys.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE survey_question SET text = ?, scale = ?, phrasing = ?, starts_on = ?, ends_on = ? WHERE id = ?")) {
                bind(ps, q);
                ps.setLong(6, q.id());
                if (ps.executeUpdate() != 1) {
                    throw new ValidationException("text", I18n.t("validation.store.questionGone"));
                }
                return q;
            }
        });
    }

    private static void bind(PreparedStatement ps, SurveyQuestion q) throws SQLException {
        ps.setString(1, q.text());
        ps.setString(2, q.scale().name());
        ps.setString(3, q.phrasing().name());
        ps.setString(4, q.startsOn().toString());
        ps.setString(5, q.endsOn().toString());
    }

    /** Every question, the latest start first. */
    public List<SurveyQuestion> questions() {
        return journal.read(c -> {
            List<SurveyQuestion> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, text, scale, phrasing, starts_on, ends_on FROM survey_question ORDER BY starts_on DESC, id DESC")) {
                while (rs.next()) {
                    LeftOut.add(out, rs, "survey_question", r -> new SurveyQuestion(rs.getLong(1), rs.getString(2), SurveyScale.valueOf(rs.getString(3)),
                            Phrasing.valueOf(rs.getString(4)), LocalDate.parse(rs.getString(5)), LocalDate.parse(rs.getString(6))));
                }
            }
            return out;
        });
    }

    public SurveyAnswer save(SurveyAnswer a) {
        return journal.write(c -> save(c, a));
    }

    public List<SurveyAnswer> saveAll(Collection<SurveyAnswer> answers) {
        return journal.write(c -> {
            List<SurveyAnswer> out = new ArrayList<>();
            for (SurveyAnswer a : answers) {
                out.add(save(c, a));
            }
            return out;
        });
    }

    private static SurveyAnswer save(Connection c, SurveyAnswer a) throws SQLException {
        if (Rows.count(c, "SELECT count(*) FROM client WHERE id = ?", a.clientId()) == 0) {
            throw new ValidationException("client", I18n.t("validation.store.answerClientGone"));
        }
        if (a.contactId() != null && Rows.count(c, "SELECT count(*) FROM contact_role WHERE contact_id = ? AND client_id = ?",
                a.contactId(), a.clientId()) == 0) {
            throw new ValidationException("contact", I18n.t("validation.store.answererNotClients"));
        }
        String sql = a.id() == 0
                ? "INSERT INTO survey_answer (question_id, question_text, client_id, contact_id, interaction_id, answered_on, "
                + "scale, value, method, phrasing, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE survey_answer SET question_id = ?, question_text = ?, client_id = ?, contact_id = ?, interaction_id = ?, "
                + "answered_on = ?, scale = ?, value = ?, method = ?, phrasing = ?, note = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setObject(1, a.questionId());
            ps.setString(2, a.questionText());
            ps.setLong(3, a.clientId());
            ps.setObject(4, a.contactId());
            ps.setObject(5, a.interactionId());
            ps.setString(6, a.answeredOn().toString());
            ps.setString(7, a.scale().name());
            ps.setInt(8, a.value());
            ps.setString(9, a.method().name());
            ps.setString(10, a.phrasing().name());
            ps.setString(11, a.note());
            if (a.id() != 0) {
                ps.setLong(12, a.id());
                if (ps.executeUpdate() != 1) {
                    throw new ValidationException("answer", I18n.t("validation.store.answerGone2"));
                }
                return a;
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return a.withId(keys.getLong(1));
            }
        }
    }

    /** Answers, oldest first: for one client (or all when clientId is null), answered between from and to inclusive (open ends when null). */
    public List<SurveyAnswer> answers(Long clientId, LocalDate from, LocalDate to) {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ANSWER_COLUMNS + " FROM survey_answer "
                    + "WHERE (? IS NULL OR client_id = ?) AND (? IS NULL OR answered_on >= ?) AND (? IS NULL OR answered_on <= ?) "
                    + "ORDER BY answered_on, id")) {
                ps.setObject(1, clientId);
                ps.setObject(2, clientId);
                String f = from == null ? null : from.toString();
                String t = to == null ? null : to.toString();
                ps.setString(3, f);
                ps.setString(4, f);
                ps.setString(5, t);
                ps.setString(6, t);
                return list(ps);
            }
        });
    }

    /** Answers given to one question, oldest first. */
    public List<SurveyAnswer> forQuestion(long questionId) {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ANSWER_COLUMNS + " FROM survey_answer WHERE question_id = ? "
                    + "ORDER BY answered_on, id")) {
                ps.setLong(1, questionId);
                return list(ps);
            }
        });
    }

    /** The day this contact last answered, if ever. */
    public Optional<LocalDate> lastAnswered(long contactId) {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT max(answered_on) FROM survey_answer WHERE contact_id = ?")) {
                ps.setLong(1, contactId);
                try (ResultSet rs = ps.executeQuery()) {
                    String d = rs.next() ? rs.getString(1) : null;
                    return Optional.ofNullable(d).map(LocalDate::parse);
                }
            }
        });
    }

    public boolean deleteAnswer(long id) {
        return journal.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM survey_answer WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static List<SurveyAnswer> list(PreparedStatement ps) throws SQLException {
        List<SurveyAnswer> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                LeftOut.add(out, rs, "survey_answer", r -> new SurveyAnswer(rs.getLong(1), nullableLong(rs, 2), rs.getString(3), rs.getLong(4), nullableLong(rs, 5),
                        nullableLong(rs, 6), LocalDate.parse(rs.getString(7)), SurveyScale.valueOf(rs.getString(8)), rs.getInt(9),
                        SurveyMethod.valueOf(rs.getString(10)), Phrasing.valueOf(rs.getString(11)), rs.getString(12)));
            }
        }
        return out;
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
