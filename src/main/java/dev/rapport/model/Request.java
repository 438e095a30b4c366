package dev.rapport.model;

import dev.rapport.i18n.I18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Something a client asked (DOMAIN §4), tracked from received to acknowledged to answered.
 * Instants are absolute (stored in UTC); {@code zone} is the zone the request was written in, so
 * its received time can be shown as it was written. The questions are in the client's order and
 * the answers follow the same order. An answer is also an acknowledgement.
 */
public record Request(long id, long clientId, Long contactId, Instant receivedAt, Channel channel, String subject,
                      List<String> questions, Instant acknowledgedAt, Instant answeredAt, List<String> answers,
                      boolean askedAnythingElse, ZoneId zone) {

    public Request {
        if (clientId <= 0) {
            throw new ValidationException("client", I18n.t("validation.clientMissing"));
        }
        receivedAt = Check.notNull("receivedAt", "receivedAt", receivedAt).truncatedTo(ChronoUnit.MINUTES);
        channel = channel == null ? Channel.EMAIL : channel;
        subject = Check.limit("subject", "subject", subject, Limits.NAME);
        questions = cleanList("questions", questions);
        if (questions.isEmpty() && subject.isEmpty()) {
            throw new ValidationException("questions", I18n.t("validation.request.noQuestion"));
        }
        acknowledgedAt = acknowledgedAt == null ? null : acknowledgedAt.truncatedTo(ChronoUnit.MINUTES);
        answeredAt = answeredAt == null ? null : answeredAt.truncatedTo(ChronoUnit.MINUTES);
        checkTimes(receivedAt, acknowledgedAt, answeredAt);
        answers = answers == null ? List.of() : answers.stream().map(Text::clean).toList();
        while (!answers.isEmpty() && answers.get(answers.size() - 1).isEmpty()) {
            answers = answers.subList(0, answers.size() - 1);
        }
        if (answers.size() > questions.size()) {
            throw new ValidationException("answers", I18n.t("validation.request.tooManyAnswers", Integer.toString(answers.size()), Integer.toString(questions.size())));
        }
        for (String a : answers) {
            Check.limit("answers", "answer", a, Limits.LONG_TEXT);
        }
        zone = zone == null ? ZoneId.systemDefault() : zone;
    }

    /** A request written on this machine, in its zone. */
    public Request(long id, long clientId, Long contactId, Instant receivedAt, Channel channel, String subject,
                   List<String> questions, Instant acknowledgedAt, Instant answeredAt, List<String> answers,
                   boolean askedAnythingElse) {
        this(id, clientId, contactId, receivedAt, channel, subject, questions, acknowledgedAt, answeredAt, answers,
                askedAnythingElse, null);
    }

    /**
     * The rule of DOMAIN §7: neither the acknowledgement nor the answer comes before the request was
     * received. Also what a figure asks of a stored row before it measures an interval.
     */
    public static void checkTimes(Instant receivedAt, Instant acknowledgedAt, Instant answeredAt) {
        if (acknowledgedAt != null && acknowledgedAt.isBefore(receivedAt)) {
            throw new ValidationException("acknowledgedAt", I18n.t("validation.request.ackBeforeReceived"));
        }
        if (answeredAt != null && answeredAt.isBefore(receivedAt)) {
            throw new ValidationException("answeredAt", I18n.t("validation.request.answerBeforeReceived"));
        }
    }

    private static List<String> cleanList(String field, List<String> raw) {
        List<String> out = new ArrayList<>();
        if (raw != null) {
            for (String q : raw) {
                String v = Check.limit(field, "question", q, Limits.LONG_TEXT);
                if (!v.isEmpty()) {
                    out.add(v);
                }
            }
        }
        if (out.size() > 50) {
            throw new ValidationException(field, I18n.t("validation.request.tooManyQuestions"));
        }
        return List.copyOf(out);
    }

    public static Request create(long clientId, Instant receivedAt, List<String> questions) {
        return new Request(0, clientId, null, receivedAt, Channel.EMAIL, "", questions, null, null, List.of(), false);
    }

    public Request withId(long newId) {
        return new Request(newId, clientId, contactId, receivedAt, channel, subject, questions, acknowledgedAt, answeredAt,
                answers, askedAnythingElse, zone);
    }

    public Request acknowledged(Instant at) {
        return new Request(id, clientId, contactId, receivedAt, channel, subject, questions, at, answeredAt, answers, askedAnythingElse,
                zone);
    }

    public Request answered(Instant at, List<String> newAnswers, boolean anythingElse) {
        return new Request(id, clientId, contactId, receivedAt, channel, subject, questions, acknowledgedAt, at, newAnswers, anythingElse,
                zone);
    }

    /** The earlier of the acknowledgement and the answer, or null when neither happened. */
    public Instant effectiveAcknowledgedAt() {
        if (acknowledgedAt == null) {
            return answeredAt;
        }
        return answeredAt != null && answeredAt.isBefore(acknowledgedAt) ? answeredAt : acknowledgedAt;
    }

    public String title() {
        if (!subject.isEmpty()) {
            return subject;
        }
        return questions.isEmpty() ? "" : questions.get(0);
    }
}
