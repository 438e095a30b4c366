package dev.rapport.ui.health;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.ChecklistItem;
import dev.rapport.model.Client;
import dev.rapport.model.Review;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.SheetModel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The review sheet's journal work, off the FX thread: the clients to choose from, the active
 * checklist and the day of the entry the review belongs to; and the save. Failures go back to the sheet.
 */
final class ReviewViewModel extends SheetModel {
    /** What the sheet starts from; {@code entryDay} is empty for a periodic review or an entry no longer there. */
    record Start(List<Client> clients, List<ChecklistItem> checklist, Optional<LocalDate> entryDay) {
    }

    ReviewViewModel(JournalSession session, Background background, Consumer<Throwable> failed) {
        super(session, background, failed);
    }

    void start(Long interactionId, Consumer<Start> show) {
        background.run(() -> new Start(session.clients().all(), List.copyOf(session.health().activeChecklist()),
                interactionId == null ? Optional.empty()
                        : session.interactions().find(interactionId).map(i -> i.occurredAt().toLocalDate())), show, failed);
    }

    /** Stores the review; call it off the FX thread. */
    Review save(Review review) {
        return session.health().saveReview(review);
    }
}
