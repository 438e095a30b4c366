package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Channel;
import dev.rapport.model.Check;
import dev.rapport.model.Client;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.Contact;
import dev.rapport.model.ContactRole;
import dev.rapport.model.DatedEvent;
import dev.rapport.model.Interaction;
import dev.rapport.model.Limits;
import dev.rapport.model.Meeting;
import dev.rapport.model.Mood;
import dev.rapport.model.Phrasing;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Request;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.Rhythm;
import dev.rapport.model.Severity;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyQuestion;
import dev.rapport.model.SurveyScale;
import dev.rapport.model.ValidationException;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The domain's rules applied to one stored row, whichever door it came through: the row is
 * turned into its domain record, whose constructor holds the rules the forms hold (times in
 * order, scales in range, lengths, formats), and every text is checked for what no journal
 * should hold (control characters, broken UTF-16). A JSON import checks each row with it
 * before anything is stored, and {@code rapport check} checks the rows a journal already holds.
 * A refusal is a {@link ValidationException} whose field is the row's column.
 */
public final class RowRules {
    /** A row's values by column: texts as String, whole numbers as Long, absent or NULL as null. */
    public interface Values {
        Object get(String column);

        /** The columns the row has (an import may leave a defaulted one out). */
        Iterable<String> columns();
    }

    private RowRules() {
    }

    /** A row as a map of its columns, for the JSON import and tests. */
    public static Values of(Map<String, Object> row) {
        return new Values() {
            @Override
            public Object get(String column) {
                return row.get(column);
            }

            @Override
            public Iterable<String> columns() {
                return row.keySet();
            }
        };
    }

    /** The current row of a result set, by its column names. */
    static Values of(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object v = rs.getObject(i);
            row.put(meta.getColumnName(i), v instanceof Number n && !(v instanceof Double) ? Long.valueOf(n.longValue()) : v);
        }
        return of(row);
    }

    /** Checks one row of {@code table}; a broken rule is a {@link ValidationException} naming the column. */
    public static void check(String table, Values row) {
        texts(row);
        try {
            record(table, new Reader(row));
        } catch (ValidationException e) {
            throw new ValidationException(column(e.field(), row), e.getMessage());
        }
    }

    /** Every text of every table: no control characters, no broken UTF-16, no more than a long text's length. */
    private static void texts(Values row) {
        for (String column : row.columns()) {
            if (row.get(column) instanceof String s) {
                Check.plainText(column, column, s);
                if (s.length() > Limits.LONG_TEXT) {
                    throw new ValidationException(column, I18n.t("validation.tooLong", column, Integer.toString(s.length()),
                            Integer.toString(Limits.LONG_TEXT)));
                }
            }
        }
    }

    private static void record(String table, Reader r) {
        switch (table) {
            case "client" -> new Client(r.id(), r.text("name"), r.oneOf("status", ClientStatus.class), r.flag("archived"),
                    r.text("industry"), r.text("notes"), new Rhythm(r.whole("rhythm_ideal_days", Rhythm.DEFAULT.idealDays()),
                    r.whole("rhythm_max_days", Rhythm.DEFAULT.maxDays())));
            case "contact" -> {
                new Contact(r.id(), r.number("client_id"), r.text("name"), r.text("role"), r.text("email"),
                        r.text("phone"), r.oneOf("preferred_channel", Channel.class), r.text("time_zone"), r.text("notes"),
                        r.flag("context_carrier"));
                ContactEmailRepository.checkLanguage(r.text("language"));
            }
            case "contact_email" -> dev.rapport.model.Check.email("email", r.text("email"));
            case "contact_role" -> new ContactRole(r.id(), r.number("contact_id"), r.number("client_id"), r.text("title"),
                    r.date("from_day"), r.date("to_day"));
            case "interaction" -> new Interaction(r.id(), r.number("client_id"), r.moment("occurred_at", "occurred_utc", "zone"),
                    r.oneOf("channel", Channel.class), r.text("title"), r.text("summary"), r.text("private_notes"),
                    r.text("tags").isEmpty() ? List.of() : Arrays.asList(r.text("tags").split(" ")), r.oneOf("mood", Mood.class),
                    List.of());
            case "promise" -> new Promise(r.id(), r.number("client_id"), r.optional("contact_id"), r.optional("interaction_id"),
                    r.text("what"), r.date("made_on"), r.date("due"), r.date("understood_on"),
                    r.oneOf("outcome", PromiseOutcome.class), r.date("decided_on"), r.dimensions("exceeded"),
                    r.text("other_dimension"), r.date("reported_on"), r.text("report_note"), List.of());
            case "promise_renegotiation" -> {
                r.date("on_day");
                r.date("previous_due");
                r.date("new_due");
            }
            case "problem" -> new Problem(r.id(), r.number("client_id"), r.oneOf("raised_by", RaisedBy.class), r.date("raised_on"),
                    r.text("description"), r.text("consequences"), r.text("measures"), r.oneOf("severity", Severity.class),
                    r.date("target"), r.text("emotion"), r.oneOf("status", ProblemStatus.class), r.date("resolved_on"),
                    r.date("reported_on"), r.text("what_it_took"), r.text("prevention"));
            // the questions are rows of their own (request_question): here the request's own fields
            case "request" -> new Request(r.id(), r.number("client_id"), r.optional("contact_id"), r.instant("received_at"),
                    r.oneOf("channel", Channel.class), r.text("subject"), List.of("?"), r.instant("acknowledged_at"),
                    r.instant("answered_at"), List.of(), r.flag("asked_anything_else"), r.zone("zone"));
            case "response_target" -> new ResponseTargets(r.whole("acknowledge_hours", 2), r.whole("answer_hours", 24),
                    r.flag("round_the_clock"));
            case "review" -> r.date("reviewed_on");
            case "survey_question" -> new SurveyQuestion(r.id(), r.text("text"), r.oneOf("scale", SurveyScale.class),
                    r.oneOf("phrasing", Phrasing.class), r.date("starts_on"), r.date("ends_on"));
            case "survey_answer" -> new SurveyAnswer(r.id(), r.optional("question_id"), r.text("question_text"),
                    r.number("client_id"), r.optional("contact_id"), r.optional("interaction_id"), r.date("answered_on"),
                    r.oneOf("scale", SurveyScale.class), r.whole("value", 0), r.oneOf("method", SurveyMethod.class),
                    r.oneOf("phrasing", Phrasing.class), r.text("note"));
            case "follow_up" -> {
                r.instant("acknowledged_at");
                r.instant("talked_at");
            }
            case "dated_event" -> new DatedEvent(r.id(), r.number("client_id"), r.optional("contact_id"),
                    r.oneOf("kind", DatedEvent.Kind.class), r.date("on_day"), r.text("label"), r.text("note"));
            case "meeting" -> new Meeting(r.id(), r.text("uid"), r.number("client_id"), r.text("title"),
                    r.moment("starts_at", "starts_utc", "zone"), r.moment("ends_at", "ends_utc", "zone"), r.text("location"),
                    List.of(), r.instant("briefed_at"));
            default -> {
                // link and tag tables: their texts are checked above, their references by the database
            }
        }
        for (String stamp : List.of("created_at", "updated_at")) {
            r.instant(stamp);
        }
    }

    /** The record's field named as the table's column: receivedAt → received_at, client → client_id. */
    private static String column(String field, Values row) {
        Set<String> columns = new java.util.HashSet<>();
        row.columns().forEach(columns::add);
        if (field == null || columns.contains(field)) {
            return field;
        }
        String snake = field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        for (String candidate : List.of(snake, snake + "_id", snake + "_day", snake + "_days",
                snake.replace("role_", "") + "_day")) {
            if (columns.contains(candidate)) {
                return candidate;
            }
        }
        return field.equals("questions") ? "subject" : field;
    }

    /** Reads typed values from a row, each refusal naming its column. */
    private static final class Reader {
        private final Values row;

        Reader(Values row) {
            this.row = row;
        }

        long id() {
            Object v = row.get("id");
            return v instanceof Long n ? n : 0;
        }

        String text(String column) {
            Object v = row.get(column);
            return v == null ? "" : v.toString();
        }

        private String raw(String column) {
            Object v = row.get(column);
            return v == null ? null : v.toString();
        }

        long number(String column) {
            Object v = row.get(column);
            return v instanceof Long n ? n : 0;
        }

        Long optional(String column) {
            return row.get(column) instanceof Long n ? n : null;
        }

        int whole(String column, int absent) {
            Object v = row.get(column);
            if (!(v instanceof Long n)) {
                return absent;
            }
            if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                throw new ValidationException(column, I18n.t("validation.notOneOf", column, n.toString(),
                        Integer.MIN_VALUE + "…" + Integer.MAX_VALUE));
            }
            return n.intValue();
        }

        Set<dev.rapport.model.Dimension> dimensions(String column) {
            Set<dev.rapport.model.Dimension> out = java.util.EnumSet.noneOf(dev.rapport.model.Dimension.class);
            for (String d : text(column).split(" ")) {
                if (!d.isEmpty()) {
                    out.add(Check.oneOf(column, column, dev.rapport.model.Dimension.class, d));
                }
            }
            return out;
        }

        boolean flag(String column) {
            return row.get(column) instanceof Long n && n == 1;
        }

        <E extends Enum<E>> E oneOf(String column, Class<E> type) {
            return Check.oneOf(column, column, type, raw(column));
        }

        java.time.LocalDate date(String column) {
            return Check.isoDate(column, column, raw(column));
        }

        java.time.Instant instant(String column) {
            return Check.isoInstant(column, column, raw(column));
        }

        /** A moment's three columns, which must agree: the wall-clock time is the instant in the zone. */
        java.time.ZonedDateTime moment(String localColumn, String utcColumn, String zoneColumn) {
            return MomentColumns.checked(localColumn, raw(localColumn), utcColumn, raw(utcColumn), zoneColumn, raw(zoneColumn));
        }

        java.time.ZoneId zone(String column) {
            String id = raw(column);
            try {
                return id == null ? null : java.time.ZoneId.of(id);
            } catch (java.time.DateTimeException e) {
                throw new ValidationException(column, I18n.t("validation.notZone", column, id));
            }
        }
    }
}
