package dev.rapport.ui.ledger;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Contact;
import dev.rapport.model.Request;
import dev.rapport.model.ResponseTargets;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.SheetModel;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * The request sheet's journal work, off the FX thread: the chosen client's answer targets in words,
 * the replies drafted from the templates, and the save. Results and failures come back to the callers.
 */
final class RequestSheetModel extends SheetModel {
    RequestSheetModel(JournalSession session, Background background, Consumer<Throwable> failed) {
        super(session, background, failed);
    }

    /** The consultant's zone, from the working hours: the sheet's times are in it. */
    void zone(Consumer<ZoneId> show) {
        background.run(() -> session.ledger().workingHours().zone(), show, failed);
    }

    /** The client's targets in words; empty when no client is chosen. */
    void targets(Long clientId, Consumer<String> show) {
        if (clientId == null) {
            show.accept("");
            return;
        }
        background.run(() -> targetsText(session.ledger().targets(clientId)), show, failed);
    }

    static String targetsText(ResponseTargets t) {
        return I18n.t(t.roundTheClock() ? "ledger.request.targetsRoundTheClock" : "ledger.request.targetsWorkingHours",
                t.acknowledgeHours(), t.answerHours());
    }

    /**
     * The acknowledgement to send, in the person's language where it is known: the answer-by time from the
     * client's targets, in the writer's own zone, and the questions.
     */
    void acknowledgement(Request r, Contact to, ZoneId consultantZone, Consumer<String> reply) {
        background.run(() -> session.mailReplies().acknowledgement(to,
                session.ledger().answerBy(r).atZone(theirZone(to, consultantZone)), r.questions()), reply, failed);
    }

    /** The answer to send: each question with its answer, in the same order. */
    void answer(Request r, Contact to, Consumer<String> reply) {
        background.run(() -> session.mailReplies().answer(to, r.questions(), r.answers()), reply, failed);
    }

    /** The writer's zone when they have a valid one, else the consultant's. */
    static ZoneId theirZone(Contact c, ZoneId fallback) {
        try {
            return c == null || c.timeZone().isEmpty() ? fallback : ZoneId.of(c.timeZone());
        } catch (DateTimeException e) {
            return fallback;
        }
    }
}
