package dev.rapport.logic;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackupRetentionTest {
    private static LocalDateTime at(String date) {
        return LocalDate.parse(date).atTime(9, 0);
    }

    @Test
    void sixtyDailyBackupsKeepSevenDaysAndFourOlderWeeks() {
        List<LocalDateTime> taken = new ArrayList<>();
        LocalDate day = LocalDate.parse("2026-11-25"); // a Wednesday
        for (int i = 0; i < 60; i++) {
            taken.add(day.minusDays(i).atTime(9, 0));
        }
        List<LocalDateTime> delete = BackupRetention.toDelete(taken, 7, 4);
        List<LocalDateTime> kept = taken.stream().filter(t -> !delete.contains(t)).toList();
        assertThat(kept).hasSize(11);
        assertThat(kept.subList(0, 7)).containsExactly(at("2026-11-25"), at("2026-11-24"), at("2026-11-23"), at("2026-11-22"),
                at("2026-11-21"), at("2026-11-20"), at("2026-11-19"));
        // 19 Nov is a Thursday of week 47, which the daily copies already cover; then the newest of weeks 46, 45, 44, 43.
        assertThat(kept.subList(7, 11)).containsExactly(at("2026-11-15"), at("2026-11-08"), at("2026-11-01"), at("2026-10-25"));
    }

    @Test
    void severalBackupsOnOneDayKeepTheNewest() {
        LocalDateTime morning = LocalDateTime.parse("2026-11-25T09:00");
        LocalDateTime evening = LocalDateTime.parse("2026-11-25T18:00");
        assertThat(BackupRetention.toDelete(List.of(morning, evening), 7, 4)).containsExactly(morning);
    }

    @Test
    void fewBackupsAreAllKept() {
        assertThat(BackupRetention.toDelete(List.of(at("2026-11-01"), at("2026-10-01")), 7, 4)).isEmpty();
        assertThat(BackupRetention.toDelete(List.of(), 7, 4)).isEmpty();
    }
}
