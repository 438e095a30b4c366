package dev.rapport.i18n;

import dev.rapport.logic.FigureText;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates and numbers as each language writes them, whatever the JVM's own locale (en in tests). */
class LocalFormatsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | Nov 25, 2026",
            "uk | 25 лист. 2026 р.",
            "ru | 25 нояб. 2026 г.",
            "ro | 25 nov. 2026",
            "lt | 2026-11-25"})
    void aDateInEachLanguage(String code, String expected) {
        assertThat(LocalFormats.date(DAY, locale(code))).isEqualTo(expected);
    }

    @Test
    void theFullDateNamesTheDayInTheLanguage() {
        assertThat(LocalFormats.longDate(DAY, locale("uk"))).isEqualTo("середа, 25 листопада 2026 р.");
        assertThat(LocalFormats.longDate(DAY, locale("lt"))).isEqualTo("2026 m. lapkričio 25 d., trečiadienis");
        assertThat(LocalFormats.dateTime(LocalDateTime.of(2026, 11, 25, 9, 5), locale("en"))).isEqualTo("Nov 25, 2026  09:05");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | 4.5 | 12,345",
            "ro | 4,5 | 12.345",
            "ru | 4,5 | 12\u00a0345",
            "uk | 4,5 | 12\u00a0345",
            "lt | 4,5 | 12\u00a0345"})
    void decimalsAndGroupingFollowTheLanguage(String code, String decimal, String grouped) {
        assertThat(LocalFormats.number(4.5, 1, locale(code))).isEqualTo(decimal);
        assertThat(LocalFormats.integer(12345, locale(code))).isEqualTo(grouped);
    }

    @Test
    void percentagesKeepDomainRoundingInEveryLanguage() {
        assertThat(FigureText.percent(62.5, locale("en"))).isEqualTo("63%");
        assertThat(FigureText.percent(0.4, locale("en"))).isEqualTo("0.4%");
        assertThat(FigureText.percent(0.4, locale("ro"))).isEqualTo("0,4\u00a0%");
        assertThat(FigureText.percent(99.8, locale("ru"))).isEqualTo("99,8\u00a0%");
        assertThat(FigureText.percent(99.96, locale("ru"))).as("one decimal still reads 100, as in English").isEqualTo("100\u00a0%");
        assertThat(FigureText.percent(99.96, locale("en"))).isEqualTo("100%");
        assertThat(FigureText.percent(62.5, locale("uk"))).isEqualTo("63%");
        assertThat(FigureText.percent(null, locale("lt"))).isEqualTo("—");
    }

    private static java.util.Locale locale(String code) {
        return Language.ofCode(code).orElseThrow().locale();
    }
}
