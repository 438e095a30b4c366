package dev.rapport.tools.demo;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalFilter;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticJournalTest {
    @TempDir
    Path dir;

    @Test
    void bulkLoadingIndexesEverythingAndLeavesTheIndexLiveForNewEntries() {
        try (JournalSession s = JournalSession.open(dir.resolve("bench.rapport"))) {
            SyntheticJournal.fill(s, new SyntheticJournal.Scale(4, 3, 250), LocalDateTime.of(2026, 11, 25, 10, 0), 1);
            assertThat(s.interactions().count(JournalFilter.ALL)).isEqualTo(1000);
            assertThat(s.contacts().count()).isEqualTo(12);
            int common = 0;
            var page = s.search().search(SyntheticJournal.COMMON_WORD);
            common += page.entries().size();
            while (page.moreEntries()) {
                page = s.search().moreEntries(page);
                common += page.entries().size();
            }
            assertThat(common).isBetween(330, 470); // about 40% of 1,000
            s.interactions().save(new Interaction(0, 1, LocalDateTime.of(2026, 11, 25, 11, 0), Channel.CALL, "Zebracrossing",
                    "", "", List.of(), null, List.of()));
            assertThat(s.search().search("zebracross").entries()).hasSize(1);
        }
    }
}
