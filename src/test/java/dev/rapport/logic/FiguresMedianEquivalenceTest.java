package dev.rapport.logic;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/** The tallies' median over a plain array equals the median over boxed values it replaced. */
class FiguresMedianEquivalenceTest {
    @Property(tries = 300)
    void arrayMedianEqualsTheBoxedMedian(@ForAll @Size(max = 60) List<@DoubleRange(min = -100, max = 5000) Double> values) {
        Figures.Doubles doubles = new Figures.Doubles();
        values.forEach(doubles::add);
        assertThat(doubles.size()).isEqualTo(values.size());
        assertThat(doubles.median()).isEqualTo(Figures.median(new ArrayList<>(values)));
    }
}
