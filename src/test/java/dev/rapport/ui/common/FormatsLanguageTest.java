package dev.rapport.ui.common;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Screens format with the chosen language, not the JVM's locale (which is en in tests). */
class FormatsLanguageTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @AfterEach
    void english() {
        I18n.use(Language.ENGLISH);
    }

    @Test
    void datesNumbersAndPercentagesFollowTheChosenLanguage() {
        assertThat(Formats.date(DAY)).isEqualTo("Nov 25, 2026");
        assertThat(Formats.number(4.25, 1)).isEqualTo("4.3");
        I18n.use(Language.LITHUANIAN);
        assertThat(Formats.date(DAY)).isEqualTo("2026-11-25");
        assertThat(Formats.dateTime(LocalDateTime.of(2026, 11, 25, 14, 30))).isEqualTo("2026-11-25  14:30");
        I18n.use(Language.UKRAINIAN);
        assertThat(Formats.date(DAY)).isEqualTo("25 лист. 2026 р.");
        assertThat(Formats.longDate(DAY)).isEqualTo("середа, 25 листопада 2026 р.");
        assertThat(Formats.number(4.25, 1)).isEqualTo("4,3");
        assertThat(Formats.number(null, 1)).isEqualTo("—");
        I18n.use(Language.ROMANIAN);
        assertThat(Formats.number(1234.5, 1)).isEqualTo("1.234,5");
        assertThat(Formats.percent(0.4)).isEqualTo("0,4\u00a0%");
        assertThat(Formats.integer(12345)).isEqualTo("12.345");
        I18n.use(Language.RUSSIAN);
        assertThat(Formats.number(4.5, 1)).isEqualTo("4,5");
        assertThat(Formats.daysAgo(3L)).isEqualTo(I18n.t("common.daysAgo.few", 3));
    }
}
