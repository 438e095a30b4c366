package dev.rapport.logic;

import dev.rapport.model.LedgerFigures;
import dev.rapport.model.ResponseTargets;
import dev.rapport.tools.demo.SyntheticJournal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures stream a few columns per item (FigureRows) instead of loading whole promises,
 * problems and requests; on a synthetic journal they must equal the figures of the loaded items.
 */
class LedgerFiguresEquivalenceTest {
    private static final LocalDateTime WRITTEN = LocalDateTime.of(2026, 11, 25, 10, 0);
    private static final Clock CLOCK = Clock.fixed(WRITTEN.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private static Path file;

    @BeforeAll
    static void write() {
        file = dir.resolve("j.rapport");
        try (JournalSession s = JournalSession.open(file, CLOCK)) {
            SyntheticJournal.fill(s, SyntheticJournal.Scale.of(2), WRITTEN, 5);
            s.ledger().saveTargets(3, new ResponseTargets(2, 8, true));
            s.ledger().saveTargets(4, new ResponseTargets(1, 4, false));
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-, -, -", "-, 2026-01-01, 2026-06-30", "3, -, -", "4, 2026-09-01, -", "7, -, 2026-03-31"})
    void streamedFiguresEqualTheFiguresOfTheLoadedItems(Long clientId, LocalDate from, LocalDate to) {
        try (JournalSession s = JournalSession.open(file, CLOCK)) {
            LedgerService ledger = s.ledger();
            Map<Long, ResponseTargets> targets = ledger.allTargets();
            LedgerFigures.All loaded = new LedgerFigures.All(
                    Ledger.promises(ledger.promises(clientId), from, to, s.today()),
                    Ledger.problems(ledger.problems(clientId), from, to),
                    Ledger.requests(ledger.requests(clientId), id -> targets.getOrDefault(id, ResponseTargets.DEFAULT),
                            ledger.workingHours(), from, to));
            LedgerFigures.All streamed = ledger.figures(clientId, from, to);
            assertThat(streamed).isEqualTo(loaded);
            assertThat(streamed.promises().decided()).isPositive();
            assertThat(streamed.requests().medianHoursToAnswer()).isNotNull();
        }
    }
}
