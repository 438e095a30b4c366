package dev.rapport.tools.demo;

import dev.rapport.logic.DatesService;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.FollowUp;
import dev.rapport.model.TodayItem;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo shows the CRM features with real shape. */
class DemoCrmTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;

    @Test
    void theDemoHasARecoveredDetractorAndOneWaitingOnToday() {
        try (JournalSession s = JournalSession.open(dir.resolve("demo.rapport"), CLOCK)) {
            DemoJournal.fill(s);
            List<FollowUp> all = s.followUps().all();
            assertThat(all).anyMatch(f -> f.recovered() && f.answer().note().startsWith("The move plan"));
            assertThat(s.followUps().pending()).singleElement().satisfies(f -> assertThat(f.answer().value()).isEqualTo(5));
            assertThat(s.todayList().today().items()).filteredOn(i -> i.kind() == TodayItem.Kind.FOLLOW_UP_ACKNOWLEDGE)
                    .singleElement().extracting(TodayItem::clientName).isEqualTo("Carpați Software");
        }
    }

    @Test
    void theDemoHasAPairOfDuplicateContacts() {
        try (JournalSession s = JournalSession.open(dir.resolve("demo.rapport"), CLOCK)) {
            DemoJournal.fill(s);
            assertThat(s.duplicates().find()).extracting(p -> p.first().name() + " ~ " + p.second().name() + ": " + p.reasonText())
                    .containsExactly("Šarūnas Žemaitis ~ Sarunas Zemaitis: same email, similar name at the same client");
        }
    }

    @Test
    void theDemoHasTagsAndDatesThisWeek() {
        try (JournalSession s = JournalSession.open(dir.resolve("demo.rapport"), CLOCK)) {
            DemoJournal.fill(s);
            assertThat(s.clientList().allTags()).contains("retainer", "public-sector");
            assertThat(s.dates().upcoming(7)).extracting(DatesService.Upcoming::title).containsExactly(
                    "Birthday: Ioana Popescu", "Met Šarūnas Žemaitis 3 years ago", "Contract renewal: Retainer for 2027");
        }
    }
}
