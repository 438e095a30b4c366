package dev.rapport.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fast readers give exactly what java.time's parsers give, and refuse what they refuse. */
class IsoTextsTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25", "2024-02-29", "0001-01-01", "9999-12-31", "1970-01-01", "+12345-01-01"})
    void datesAsJavaTimeReadsThem(String text) {
        assertThat(IsoTexts.date(text)).isEqualTo(LocalDate.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T10:00:00Z", "2024-02-29T23:59:59Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z",
            "2026-03-29T01:30:00Z", "2026-11-25T10:00:00.5Z", "2026-11-25T24:00:00Z"})
    void instantsAsJavaTimeReadsThem(String text) {
        assertThat(IsoTexts.instant(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-1-01", "2026/11/25", "2026-11-2x"})
    void badDatesAreRefused(String text) {
        assertThatThrownBy(() -> IsoTexts.date(text)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T10:00:00Z", "2026-11-25T25:00:00Z", "2026-11-25T10:60:00Z", "2026-11-25 10:00:00Z", "2026-11-25T10:00Z"})
    void badInstantsAreRefused(String text) {
        assertThatThrownBy(() -> IsoTexts.instant(text)).isInstanceOf(DateTimeException.class);
    }
}
