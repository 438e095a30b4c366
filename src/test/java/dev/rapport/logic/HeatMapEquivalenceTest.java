package dev.rapport.logic;

import dev.rapport.model.ChecklistItem;
import dev.rapport.model.Client;
import dev.rapport.model.Rating;
import dev.rapport.model.Review;
import dev.rapport.model.ReviewAnswer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The heat map reads only each item's last answers; it must show what all of a client's reviews show. */
class HeatMapEquivalenceTest {
    @TempDir
    Path dir;

    @Test
    void theHeatMapMatchesTheStatesComputedFromEveryReview() {
        try (JournalSession s = JournalSession.open(dir.resolve("j.rapport"))) {
            Random random = new Random(3);
            List<ChecklistItem> items = s.health().activeChecklist();
            for (int c = 0; c < 4; c++) {
                Client client = s.clients().save(Client.create("Client " + c));
                for (int r = 0; r < 12; r++) {
                    List<ReviewAnswer> answers = new ArrayList<>();
                    for (ChecklistItem item : items) {
                        if (random.nextInt(3) != 0) { // some items skipped in some reviews
                            answers.add(new ReviewAnswer(item.id(), item.name(), item.prompt(), Rating.values()[random.nextInt(4)], ""));
                        }
                    }
                    if (!answers.isEmpty()) {
                        s.health().saveReview(new Review(0, client.id(), null, LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)), answers));
                    }
                }
            }
            // An item added after the reviews (never answered) and one answered only in a client's oldest review.
            List<ChecklistItem> more = new ArrayList<>(s.health().checklist());
            more.add(new ChecklistItem(0, null, dev.rapport.model.ItemKind.OWN, "Added later", "", "Asked from now on?", true,
                    more.size() + 1));
            s.health().saveChecklist(more);
            items = s.health().activeChecklist();
            ChecklistItem first = items.get(0);
            Client rare = s.clients().save(Client.create("Rarely reviewed"));
            s.health().saveReview(new Review(0, rare.id(), null, LocalDate.of(2025, 1, 1),
                    List.of(new ReviewAnswer(first.id(), first.name(), first.prompt(), Rating.MET, ""))));
            for (int r = 0; r < 8; r++) {
                ChecklistItem other = items.get(1);
                s.health().saveReview(new Review(0, rare.id(), null, LocalDate.of(2025, 2, 1).plusDays(r % 3),
                        List.of(new ReviewAnswer(other.id(), other.name(), other.prompt(), Rating.values()[r % 4], ""))));
            }
            List<HealthService.HeatRow> rows = s.health().heatMap();
            assertThat(rows).hasSize(5);
            for (HealthService.HeatRow row : rows) {
                assertThat(row.states()).as(row.client().name())
                        .isEqualTo(HealthService.states(items, s.health().reviews(row.client().id()), s.health().trendReviews()));
            }
        }
    }
}
