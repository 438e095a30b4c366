package dev.rapport.logic;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {
    @ParameterizedTest(name = "{0}/{1} shows as {2}")
    @CsvSource({
            "5, 8, 63%",      // 62.5 rounds half away from zero
            "1, 3, 33%",
            "2, 3, 67%",
            "0, 4, 0%",
            "4, 4, 100%",
            "1, 400, 0.3%",   // would round to 0 while not 0
            "399, 400, 99.8%", // would round to 100 while not 100
            "1999, 2000, 100%", // 99.95 → one decimal still reads 100.0 → 100
    })
    void percentagesFollowTheDisplayRule(long part, long whole, String shown) {
        assertThat(FigureText.percent(Figures.percent(part, whole))).isEqualTo(shown);
    }

    @Test
    void nothingToCountIsADashNotZero() {
        assertThat(Figures.percent(0, 0)).isNull();
        assertThat(FigureText.percent(null)).isEqualTo("—");
        assertThat(Figures.percentValue(null)).isNull();
    }

    @Test
    void roundingIsHalfAwayFromZero() {
        assertThat(Figures.roundToLong(62.5)).isEqualTo(63);
        assertThat(Figures.roundToLong(-12.5)).isEqualTo(-13);
        assertThat(Figures.roundToLong(-12.4)).isEqualTo(-12);
        assertThat(Figures.round(2.25, 1)).isEqualTo(2.3);
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Figures.median(List.of())).isNull();
        assertThat(Figures.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Figures.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
    }
}
