package dev.rapport.ui.controls;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** What a picker offers for what was typed: accents and case ignored in every alphabet, the best match first. */
class TypePickerTest {
    private static final List<String> NAMES = List.of("Baltic Freight Lines", "Brașov Mountain Resorts", "Klaipėda Marine Supply",
            "Northwind Health Trust", "Nordlys Energija", "Київська Пекарня", "Одеса Порт Сервіс", "Šilutės Žuvis",
            "Harbour & Pine Architects", "Ąžuolynas");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nor        | Northwind Health Trust, Nordlys Energija",
            "NORD       | Nordlys Energija",
            "brasov     | Brașov Mountain Resorts",
            "klaipeda   | Klaipėda Marine Supply",
            "silutes    | Šilutės Žuvis",
            "zuv        | Šilutės Žuvis",
            "azu        | Ąžuolynas",
            "київ       | Київська Пекарня",
            "КИЇВ       | Київська Пекарня",
            "одеса п    | Одеса Порт Сервіс",
            "pine       | Harbour & Pine Architects",
            "ine        | Baltic Freight Lines, Klaipėda Marine Supply, Harbour & Pine Architects",
            "zzz        | ''",
    })
    void offersTheNamesThatHoldWhatWasTypedBestFirst(String typed, String expected) {
        List<String> wanted = expected.isEmpty() ? List.of() : Arrays.stream(expected.split(",\\s*")).toList();
        assertThat(TypePicker.matching(NAMES, Function.identity(), typed)).containsExactlyElementsOf(wanted);
    }
}
