package dev.rapport.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The medium date pattern resolved once per language writes every date as ofLocalizedDate(MEDIUM) does. */
class LocalFormatsDateEquivalenceTest {
    @ParameterizedTest
    @EnumSource(Language.class)
    void theResolvedPatternWritesWhatTheLocalizedFormatterWrites(Language language) {
        DateTimeFormatter plain = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale());
        for (LocalDate d = LocalDate.of(1999, 12, 25); d.isBefore(LocalDate.of(2031, 1, 10)); d = d.plusDays(17)) {
            assertThat(LocalFormats.date(d, language.locale())).isEqualTo(plain.format(d));
        }
        assertThat(LocalFormats.date(LocalDate.of(2026, 2, 1), language.locale()))
                .isEqualTo(plain.format(LocalDate.of(2026, 2, 1)));
    }
}
