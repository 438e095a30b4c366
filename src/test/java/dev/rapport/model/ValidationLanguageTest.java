package dev.rapport.model;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input is explained in the chosen language, still naming the field for the form. */
class ValidationLanguageTest {
    @AfterEach
    void back() {
        I18n.use(Language.ENGLISH);
    }

    @Test
    void anEmptyClientNameInRussian() {
        I18n.use(Language.RUSSIAN);
        assertThatThrownBy(() -> Client.create("  ")).isInstanceOf(ValidationException.class)
                .hasMessage("Поле «Название клиента» не может быть пустым.")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("name"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ENGLISH|Client name must not be empty.|The end date Jan 1, 2026 is before the start date Feb 1, 2026.",
            "UKRAINIAN|Поле «Назва клієнта» не може бути порожнім.|Дата завершення 1 січ. 2026 р. раніша за дату початку 1 лют. 2026 р.",
            "ROMANIAN|Câmpul „Numele clientului” nu poate fi gol.|Data de sfârșit 1 ian. 2026 este înaintea datei de început 1 feb. 2026.",
            "LITHUANIAN|Laukas „Kliento pavadinimas“ negali būti tuščias.|Pabaigos data 2026-01-01 yra ankstesnė už pradžios datą 2026-02-01."})
    void messagesInEachLanguage(Language language, String emptyName, String badPeriod) {
        I18n.use(language);
        assertThatThrownBy(() -> Client.create("")).hasMessage(emptyName);
        assertThatThrownBy(() -> new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1))).hasMessage(badPeriod);
    }

    @Test
    void tooLongKeepsItsFiguresAsPlainNumbers() {
        I18n.use(Language.UKRAINIAN);
        assertThatThrownBy(() -> Client.create("x".repeat(Limits.NAME + 1)))
                .hasMessage("Поле «Назва клієнта» задовге: " + (Limits.NAME + 1) + " симв., дозволено не більше " + Limits.NAME + ".");
    }
}
