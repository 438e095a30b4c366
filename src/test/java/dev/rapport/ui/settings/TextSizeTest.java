package dev.rapport.ui.settings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextSizeTest {
    /** Windows' message font at its text sizes: 12 px at 100 %, 15 at 125 %, 18 at 150 %; never below 100 % nor above 175 %. */
    @ParameterizedTest
    @CsvSource({"1.0, P100", "1.25, P125", "1.5, P150", "1.75, P175", "0.9, P100", "2.25, P175", "1.4, P150", "1.12, P100"})
    void theSystemScaleGoesToTheNearestStep(double factor, TextSize expected) {
        assertThat(TextSize.nearest(factor)).isEqualTo(expected);
    }
}
