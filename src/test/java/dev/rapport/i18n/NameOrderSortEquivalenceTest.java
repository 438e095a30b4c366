package dev.rapport.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keyed sort (each name's collation key made once, kept for the next sort) puts names in
 * exactly the order of the plain comparator, in every language, ties by the second order.
 */
class NameOrderSortEquivalenceTest {
    /** Latin with the tailored letters, precomposed and decomposed accents, Cyrillic, spaces, digits, case. */
    private static final String LETTERS = "aAbBcCčČiIîÎyYsSșȘşţțTzZžŽăĂâÂeEéÉ\u0301\u0306\u0327 -'0гґГҐеєЕЄиіїИІЇйьщюяЁё";

    record Row(String name, int id) {
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<String> name = Arbitraries.strings().withChars(LETTERS.toCharArray()).ofMinLength(0).ofMaxLength(8)
                .injectNull(0.02);
        return name.list().ofMaxSize(40).map(names -> {
            List<Row> out = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                out.add(new Row(names.get(i), i));
            }
            return out;
        });
    }

    @Provide
    Arbitrary<Language> languages() {
        return Arbitraries.of(Language.values());
    }

    @Property(tries = 300)
    void keyedSortEqualsTheComparatorSort(@ForAll("rows") List<Row> rows, @ForAll("languages") Language language) {
        I18n.use(language);
        List<Row> plain = new ArrayList<>(rows);
        plain.sort(Comparator.comparing(Row::name, NameOrder.current()).thenComparing(Comparator.comparingInt(Row::id).reversed()));
        List<Row> keyed = new ArrayList<>(rows);
        NameOrder.sort(keyed, Row::name, Comparator.comparingInt(Row::id).reversed());
        assertThat(keyed).containsExactlyElementsOf(plain);
        NameOrder.sort(keyed, Row::name, Comparator.comparingInt(Row::id).reversed()); // the kept keys give the same again
        assertThat(keyed).containsExactlyElementsOf(plain);
    }

    @AfterProperty
    void english() {
        I18n.use(Language.ENGLISH);
    }
}
