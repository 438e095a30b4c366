package dev.rapport.logic;

import dev.rapport.model.Client;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.Period;
import dev.rapport.model.TodayItem;
import dev.rapport.store.RawRows;
import dev.rapport.tools.demo.DemoJournal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's journal is open for writing, so it reads rows that break the domain's rules: its
 * Today list, health and figures leave each such row out (counted) and compute from the rest.
 */
class BadRowsSessionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void todayHealthAndFiguresLeaveBadRowsOut() {
        Path file = dir.resolve("bad.rapport");
        try (JournalSession s = JournalSession.open(file, CLOCK)) {
            DemoJournal.fill(s);
        }
        RawRows.write(file, RawRows.RULE_BREAKING);
        try (JournalSession s = JournalSession.open(file, CLOCK)) {
            TodayItem.Day today = s.todayList().today();
            assertThat(today).isNotNull();
            Client broken = s.clients().byName("Broken Ltd");
            s.health().figures(broken.id(), new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
            s.health().heatMap();
            s.ledger().figures(null, null, null);
            assertThat(s.leftOut()).isPositive();
        }
    }

    /** A request answered before it was received is no interval: it is left out, not measured as 0 h within target. */
    @Test
    void aNegativeIntervalIsLeftOutOfTheRequestFigures() {
        Path good = dir.resolve("good.rapport");
        Path bad = dir.resolve("bad.rapport");
        for (Path file : new Path[] {good, bad}) {
            try (JournalSession s = JournalSession.open(file, CLOCK)) {
                s.clients().save(Client.create("Broken Ltd"));
            }
            RawRows.write(file, "INSERT INTO request (id, client_id, received_at, channel, subject, acknowledged_at, answered_at) "
                    + "VALUES (1, (SELECT id FROM client), '2026-11-02T10:00:00Z', 'EMAIL', 'Fine', '2026-11-02T13:00:00Z', "
                    + "'2026-11-03T10:00:00Z')");
        }
        RawRows.write(bad, "INSERT INTO request (id, client_id, received_at, channel, subject, acknowledged_at, answered_at) "
                + "VALUES (2, (SELECT id FROM client), '2026-11-20T10:00:00Z', 'EMAIL', 'Backwards', '2026-11-19T10:00:00Z', "
                + "'2026-11-18T10:00:00Z')");
        LedgerFigures.Requests expected;
        try (JournalSession s = JournalSession.open(good, CLOCK)) {
            expected = s.ledger().figures(null, null, null).requests();
            assertThat(s.leftOut()).isZero();
        }
        try (JournalSession s = JournalSession.open(bad, CLOCK)) {
            assertThat(s.ledger().figures(null, null, null).requests()).isEqualTo(expected);
            assertThat(s.leftOut()).isEqualTo(1);
        }
    }
}
