package dev.rapport.model;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValidationTest {
    @ParameterizedTest(name = "email \"{0}\" valid={1}")
    @CsvSource({"ann@example.com, true", "'', true", "ann@example, false", "ann example.com, false", "a@b.co, true", "@x.y, false"})
    void emails(String email, boolean valid) {
        if (valid) {
            assertThat(new Contact(0, 1, "Ann", "", email, "", null, "", "", false).email()).isEqualTo(email);
        } else {
            assertThatThrownBy(() -> new Contact(0, 1, "Ann", "", email, "", null, "", "", false))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("email"));
        }
    }

    @Test
    void namesAreRequiredAndTrimmed() {
        assertThat(Client.create("  Acme  ").name()).isEqualTo("Acme");
        assertThatThrownBy(() -> Client.create("   "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void aFiveMegabyteNoteIsRefusedNamingTheField() {
        String huge = "x".repeat(5 * 1024 * 1024);
        assertThatThrownBy(() -> new Interaction(0, 1, LocalDateTime.now(), Channel.CALL, "t", "", huge, List.of(), null, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("privateNotes");
                    assertThat(e.getMessage()).contains("too long").contains("5242880");
                });
    }

    @Test
    void unknownTimeZonesAreRefused() {
        assertThatThrownBy(() -> new Contact(0, 1, "Ann", "", "", "", null, "Mars/Olympus", "", false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("timeZone"));
        assertThat(new Contact(0, 1, "Ann", "", "", "", null, "Europe/Vilnius", "", false).timeZone()).isEqualTo("Europe/Vilnius");
    }

    @Test
    void theMaximumRhythmMayNotBeShorterThanTheIdeal() {
        assertThatThrownBy(() -> new Rhythm(30, 14))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("rhythmMax"));
    }

    @ParameterizedTest(name = "{0} days since, ideal 7, max 14 → {1}")
    @CsvSource({"0, GREEN", "7, GREEN", "8, AMBER", "14, AMBER", "15, RED"})
    void rhythmStatesCountFromTheLastContact(long days, RhythmState expected) {
        assertThat(new Rhythm(7, 14).stateAfter(days)).isEqualTo(expected);
    }

    @Test
    void tagsAreNormalised() {
        assertThat(Interaction.parseTags("#Budget, budget  Rollout;pilot")).containsExactly("budget", "rollout", "pilot");
    }

    @Test
    void anEntryNeedsAClientATitleAndAPlausibleDate() {
        assertThatThrownBy(() -> new Interaction(0, 0, LocalDateTime.now(), Channel.CALL, "t", "", "", List.of(), null, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("client"));
        assertThatThrownBy(() -> new Interaction(0, 1, LocalDateTime.now(), Channel.CALL, " ", "", "", List.of(), null, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> new Interaction(0, 1, LocalDateTime.of(20260, 1, 1, 0, 0), Channel.CALL, "t", "", "", List.of(), null, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("occurredAt"));
    }

    @Test
    void brokenUnicodeAndControlCharactersAreCleanedSoTextReadsBackExactly() {
        assertThat(Text.clean("a\uD800b")).isEqualTo("a\uFFFDb");
        assertThat(Text.clean("na\u0000me\u0007")).isEqualTo("name");
        assertThat(Text.clean(" line 1\nline 2\tend ")).isEqualTo("line 1\nline 2\tend");
        assertThat(Text.clean("\uD83D\uDE00 ok")).isEqualTo("\uD83D\uDE00 ok");
    }
}
