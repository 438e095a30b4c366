package dev.rapport.store;

import dev.rapport.model.Dimension;
import dev.rapport.model.Problem;
import dev.rapport.model.Request;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.PromiseOutcome;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The ledger's figures read as a stream of the few columns each figure needs (DOMAIN §7), one
 * row at a time: the whole history's figures never hold the ledger in memory, and never build
 * whole promises, problems or requests with their texts.
 */
public final class FigureRows {
    /** A promise as its figures see it. */
    public record PromiseFacts(PromiseOutcome outcome, LocalDate due, LocalDate decidedOn, Set<Dimension> exceeded,
                               boolean reported) {
    }

    /** A problem as its figures see it. */
    public record ProblemFacts(ProblemStatus status, LocalDate raisedOn, LocalDate target, LocalDate resolvedOn,
                               boolean reported) {
    }

    /** A request as its figures see it; acknowledgedAt is the effective one (an earlier answer acknowledges). */
    public record RequestFacts(long clientId, Instant receivedAt, Instant acknowledgedAt, Instant answeredAt) {
        public static Instant effectiveAcknowledgement(Instant acknowledgedAt, Instant answeredAt) {
            if (acknowledgedAt == null) {
                return answeredAt;
            }
            return answeredAt != null && answeredAt.isBefore(acknowledgedAt) ? answeredAt : acknowledgedAt;
        }
    }

    private final Journal journal;

    public FigureRows(Journal journal) {
        this.journal = journal;
    }

    /** Every promise, or one client's. */
    public void promises(Long clientId, Consumer<PromiseFacts> sink) {
        each("promise", "SELECT outcome, due, decided_on, exceeded, reported_on IS NOT NULL, id FROM promise", clientId, rs -> {
            PromiseFacts facts = new PromiseFacts(PromiseOutcome.valueOf(rs.getString(1)), IsoTexts.date(rs.getString(2)),
                    date(rs.getString(3)), PromiseRepository.dimensions(rs.getString(4)), rs.getInt(5) == 1);
            return () -> sink.accept(facts);
        });
    }

    /** Every problem, or one client's. */
    public void problems(Long clientId, Consumer<ProblemFacts> sink) {
        each("problem", "SELECT status, raised_on, target, resolved_on, reported_on IS NOT NULL, id FROM problem", clientId, rs -> {
            ProblemFacts facts = new ProblemFacts(ProblemStatus.valueOf(rs.getString(1)), IsoTexts.date(rs.getString(2)),
                    date(rs.getString(3)), date(rs.getString(4)), rs.getInt(5) == 1);
            Problem.checkClosedAfterRaised(facts.raisedOn(), facts.resolvedOn());
            return () -> sink.accept(facts);
        });
    }

    /** Every request, or one client's. */
    public void requests(Long clientId, Consumer<RequestFacts> sink) {
        each("request", "SELECT client_id, received_at, acknowledged_at, answered_at, id FROM request", clientId, rs -> {
            Instant received = instant(rs.getString(2));
            Instant acknowledged = instant(rs.getString(3));
            Instant answered = instant(rs.getString(4));
            // a negative interval is no figure: the row is left out and counted, not measured as 0 h
            Request.checkTimes(received, acknowledged, answered);
            RequestFacts facts = new RequestFacts(rs.getLong(1), received,
                    RequestFacts.effectiveAcknowledgement(acknowledged, answered), answered);
            return () -> sink.accept(facts);
        });
    }

    /** Reads a row's facts (a broken rule throws) and returns what hands them on. */
    private interface Row {
        Runnable read(ResultSet rs) throws SQLException;
    }

    /** Each row's facts, in turn; a row breaking a rule is left out and counted, the others still make the figure. */
    private void each(String table, String select, Long clientId, Row row) {
        journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(select + (clientId == null ? "" : " WHERE client_id = ?"))) {
                if (clientId != null) {
                    ps.setLong(1, clientId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Runnable hand = LeftOut.read(rs, table, row::read);
                        if (hand != null) {
                            hand.run();
                        }
                    }
                }
            }
            return null;
        });
    }

    private static LocalDate date(String text) {
        return text == null ? null : IsoTexts.date(text);
    }

    /** As the model keeps it: to the minute. */
    private static Instant instant(String text) {
        return text == null ? null : IsoTexts.instant(text).truncatedTo(ChronoUnit.MINUTES);
    }
}
