package dev.rapport.export;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A bar's number is never crossed by a target line: it moves above the line, and only then. */
class SvgChartLabelsTest {
    @Test
    void aLabelOnATargetLineMovesAboveIt() {
        // a 10-pixel-high label whose baseline is 3 pixels under the line at 100
        double moved = SvgChart.clearOf(List.of(100.0), 103);
        assertThat(moved).isEqualTo(96);
        assertThat(moved).isLessThan(100 - 2);
    }

    @Test
    void aLabelClearOfTheLinesStays() {
        assertThat(SvgChart.clearOf(List.of(100.0, 40.0), 80)).isEqualTo(80);
        assertThat(SvgChart.clearOf(List.of(), 103)).isEqualTo(103);
    }

    @Test
    void aLabelMovedOntoAnotherLineMovesAboveThatOneToo() {
        double moved = SvgChart.clearOf(List.of(100.0, 93.0), 103);
        assertThat(moved).isEqualTo(89);
    }
}
