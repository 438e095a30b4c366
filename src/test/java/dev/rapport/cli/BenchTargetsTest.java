package dev.rapport.cli;

import dev.rapport.tools.bench.Bench;
import dev.rapport.tools.demo.SyntheticJournal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every line of the bench names its target and whether it was met, or says it is a reference. */
class BenchTargetsTest {
    private static Bench.Report report(SyntheticJournal.Scale scale, Bench.Figure... figures) {
        return new Bench.Report(scale, 1, List.of(figures), 100, 100, 300, null);
    }

    private static Bench.Figure figure(String name, double median, double p95, Double floor) {
        return new Bench.Figure(name, median, p95, 15, floor, 50);
    }

    @Test
    void aFigureWithAFloorIsHeldToThreeTimesIt() {
        Bench.Figure met = figure("health heat map (clients × attributes)", 2.9, 4, 1.0);
        Bench.Figure notMet = figure("health heat map (clients × attributes)", 3.1, 4, 1.0);
        assertThat(BenchCommand.target(met, report(SyntheticJournal.Scale.of(100), met))).isEqualTo("≤ 3× met");
        assertThat(BenchCommand.target(notMet, report(SyntheticJournal.Scale.of(100), notMet))).isEqualTo("≤ 3× not met");
    }

    @Test
    void theClientListAndTodayAreHeldToThirtyMillisecondsAtFullScaleToo() {
        Bench.Figure list = figure(Bench.CLIENT_LIST, 31, 40, 20.0);
        assertThat(BenchCommand.target(list, report(SyntheticJournal.Scale.of(100), list))).isEqualTo("≤ 3× met; < 30 ms not met");
        assertThat(BenchCommand.target(list, report(SyntheticJournal.Scale.of(1), list))).isEqualTo("≤ 3× met");
    }

    @Test
    void searchIsHeldToItsFloorAndItsP95AndTheJsonExportToTwiceItsFloor() {
        Bench.Figure search = figure("search \"escalation\" (first page)", 0.5, 25, 0.2);
        assertThat(BenchCommand.target(search, report(SyntheticJournal.Scale.of(100), search))).isEqualTo("≤ 3× met; p95 < 20 ms not met");
        Bench.Figure export = figure(Bench.JSON_EXPORT, 2500, 2600, 1000.0);
        assertThat(BenchCommand.target(export, report(SyntheticJournal.Scale.of(100), export))).isEqualTo("≤ 2× not met");
    }

    @Test
    void aFigureWithoutATargetSaysItIsAReference() {
        Bench.Figure open = figure("open the journal", 150, 200, null);
        assertThat(BenchCommand.target(open, report(SyntheticJournal.Scale.of(100), open))).isEqualTo("reference (no target)");
    }

    @Test
    void theInstalledFirstFrameIsHeldToOnePointThreeTimesTheEmptyWindowWithTheSameStartOptions() {
        assertThat(new Bench.Installed(1000, 800, 1300, 1600).met()).isTrue();
        assertThat(new Bench.Installed(1000, 800, 1310, 1600).met()).isFalse();
        assertThat(new Bench.Installed(1000, 800, 1310, 1600).ratio()).isEqualTo(1.31);
    }
}
