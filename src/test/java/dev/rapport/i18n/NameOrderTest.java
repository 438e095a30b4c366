package dev.rapport.i18n;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Names sort as each language's alphabet has it (given shuffled, expected in order). */
class NameOrderTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // Lithuanian: y sorts with i, before j; č after c, š after s, ž after z
            "lt | Cezaris, Čepas, Ignas, Įkaitas, Yla, Jonas, Saulius, Šarūnas, Zenonas, Žydrūnas",
            // English has no such letters: y after x, č with c
            "en | Čepas, Cezaris, Ignas, Įkaitas, Jonas, Šarūnas, Saulius, Yla, Zenonas, Žydrūnas",
            // Romanian: ă and â after a, î after i, ș after s, ț after t (comma below, and the old cedilla forms)
            "ro | Ana, Ăsta, Ilie, Îon, Sorin, Sz, Șerban, Tudor, Țara",
            // Ukrainian: ґ after г, є after е, і and ї after и, ь after щ, before ю and я
            "uk | Андрій, Богдан, Гліб, Ґалина, Евеліна, Євген, Жанна, Иван, Ірина, Їжак, Йосип, Щука, Ьа, Юлія, Яна",
            // Russian: ё sorts with е, ъ ы ь э before ю я
            "ru | Андреев, Ежов, Ёлкин, Жуков, Щукин, Ъа, Ыа, Эдуард, Юрий, Яков",
            // Every language puts Latin before Cyrillic
            "uk | Zed, Андрій",
            "lt | Zed, Андрій"})
    void sortsByTheAlphabet(String code, String expected) {
        List<String> want = List.of(expected.split(",\\s*"));
        List<String> shuffled = new ArrayList<>(want);
        java.util.Collections.reverse(shuffled);
        shuffled.add(0, shuffled.remove(shuffled.size() / 2));
        shuffled.sort(NameOrder.of(Language.ofCode(code).orElseThrow()));
        assertThat(shuffled).containsExactlyElementsOf(want);
    }
}
