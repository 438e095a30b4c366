package dev.rapport.ui.ledger;

import dev.rapport.logic.JournalSession;
import dev.rapport.logic.LedgerService;
import dev.rapport.logic.ReplyTemplates;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.WorkingHours;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.SheetModel;

import java.util.function.Consumer;

/**
 * The response settings sheet's journal work, off the FX thread: the working hours and reply templates
 * as stored, a client's targets, and the save (all of it or nothing). Results and failures come back to the callers.
 */
final class ResponseSettingsModel extends SheetModel {
    /** The consultant's hours and the two reply templates, as stored. */
    record Stored(WorkingHours hours, String acknowledgeTemplate, String answerTemplate) {
    }

    ResponseSettingsModel(JournalSession session, Background background, Consumer<Throwable> failed) {
        super(session, background, failed);
    }

    void stored(Consumer<Stored> show) {
        background.run(() -> {
            LedgerService ledger = session.ledger();
            return new Stored(ledger.workingHours(), ledger.template(ReplyTemplates.ACKNOWLEDGE_KEY), ledger.template(ReplyTemplates.ANSWER_KEY));
        }, show, failed);
    }

    /** The client's targets; the defaults when no client is chosen. */
    void targets(Long clientId, Consumer<ResponseTargets> show) {
        if (clientId == null) {
            show.accept(ResponseTargets.DEFAULT);
            return;
        }
        background.run(() -> session.ledger().targets(clientId), show, failed);
    }

    /** Stores it all in one step; the client's targets only when a client is given. Call it off the FX thread. */
    Void save(Long clientId, ResponseTargets targets, WorkingHours hours, String acknowledgeTemplate, String answerTemplate) {
        return session.inOneTransaction(() -> {
            LedgerService ledger = session.ledger();
            if (clientId != null) {
                ledger.saveTargets(clientId, targets);
            }
            ledger.saveWorkingHours(hours);
            ledger.saveTemplate(ReplyTemplates.ACKNOWLEDGE_KEY, acknowledgeTemplate);
            ledger.saveTemplate(ReplyTemplates.ANSWER_KEY, answerTemplate);
            return null;
        });
    }
}
