package dev.rapport.logic;

import dev.rapport.model.TodayItem;
import dev.rapport.model.TodayItem.Group;
import dev.rapport.model.TodayItem.Kind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Today's spelled-out order is the order it had as a chain of comparators, ties and all. */
class TodayOrderTest {
    private static final Comparator<TodayItem> CHAINED = Comparator.comparing(TodayItem::group)
            .thenComparing(Comparator.comparingLong(TodayItem::minutesLate).reversed()).thenComparing(TodayItem::clientName);

    @Test
    void mostUrgentFirstOrdersEveryPairAsTheChainDid() {
        List<TodayItem> items = items(new Random(6), 400);
        for (TodayItem a : items) {
            for (TodayItem b : items) {
                assertThat(Integer.signum(TodayService.MOST_URGENT_FIRST.compare(a, b)))
                        .as("%s vs %s", a, b).isEqualTo(Integer.signum(CHAINED.compare(a, b)));
            }
        }
    }

    @Test
    void sortingKeepsTiesInTheOrderTheyCameIn() {
        List<TodayItem> items = items(new Random(7), 5_000);
        List<TodayItem> spelled = new ArrayList<>(items);
        List<TodayItem> chained = new ArrayList<>(items);
        spelled.sort(TodayService.MOST_URGENT_FIRST);
        chained.sort(CHAINED);
        assertThat(spelled).containsExactlyElementsOf(chained);
    }

    /** Few groups, latenesses and names, so most pairs tie on something; the item id tells ties apart. */
    private static List<TodayItem> items(Random random, int n) {
        String[] names = {"", "Acme", "acme", "Baltic", "Žalgiris", "Київстар"};
        long[] lateness = {Long.MIN_VALUE, -1440, -1, 0, 1, 59, 1440, Long.MAX_VALUE};
        List<TodayItem> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new TodayItem(Group.values()[random.nextInt(Group.values().length)], Kind.PROMISE_DUE, i, 1,
                    names[random.nextInt(names.length)], "t", "d", lateness[random.nextInt(lateness.length)]));
        }
        return out;
    }
}
