package dev.rapport.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    @ParameterizedTest
    @CsvSource({
            "ENGLISH, 1, ONE", "ENGLISH, 0, OTHER", "ENGLISH, 2, OTHER", "ENGLISH, 21, OTHER",
            "UKRAINIAN, 1, ONE", "UKRAINIAN, 21, ONE", "UKRAINIAN, 11, MANY", "UKRAINIAN, 2, FEW",
            "UKRAINIAN, 24, FEW", "UKRAINIAN, 12, MANY", "UKRAINIAN, 5, MANY", "UKRAINIAN, 0, MANY",
            "RUSSIAN, 101, ONE", "RUSSIAN, 111, MANY", "RUSSIAN, 103, FEW",
            "ROMANIAN, 1, ONE", "ROMANIAN, 0, FEW", "ROMANIAN, 19, FEW", "ROMANIAN, 20, OTHER",
            "ROMANIAN, 101, FEW", "ROMANIAN, 120, OTHER",
            "LITHUANIAN, 1, ONE", "LITHUANIAN, 21, ONE", "LITHUANIAN, 11, OTHER", "LITHUANIAN, 2, FEW",
            "LITHUANIAN, 9, FEW", "LITHUANIAN, 15, OTHER", "LITHUANIAN, 10, OTHER", "LITHUANIAN, 22, FEW"
    })
    void pluralCategoriesFollowEachLanguage(Language language, long n, Plural expected) {
        assertThat(Plural.of(language, n)).isEqualTo(expected);
        assertThat(Plural.categories(language)).contains(expected);
    }

    @Test
    void countedPhrasesReadNaturally() {
        assertThat(Messages.of(Language.ENGLISH).plural("common.daysAgo", 1)).isEqualTo("1 day ago");
        assertThat(Messages.of(Language.ENGLISH).plural("common.daysAgo", 5)).isEqualTo("5 days ago");
        assertThat(Messages.of(Language.UKRAINIAN).plural("common.daysAgo", 3)).isEqualTo("3 дні тому");
        assertThat(Messages.of(Language.RUSSIAN).plural("common.daysAgo", 5)).isEqualTo("5 дней назад");
        assertThat(Messages.of(Language.ROMANIAN).plural("common.daysAgo", 25)).isEqualTo("acum 25 de zile");
        assertThat(Messages.of(Language.LITHUANIAN).plural("common.daysAgo", 21)).isEqualTo("prieš 21 dieną");
    }

    @Test
    void englishIsTheFallbackWhateverTheSystemSays() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru"));
            assertThat(Messages.of(Language.ENGLISH).get("common.never")).isEqualTo("never");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anUnknownKeyShowsAsItselfSoTestsCanCatchIt() {
        assertThat(Messages.of(Language.LITHUANIAN).get("common.noSuchKey")).isEqualTo("common.noSuchKey");
        assertThat(Messages.of(Language.LITHUANIAN).get("nosucharea.key")).isEqualTo("nosucharea.key");
        assertThat(Messages.of(Language.LITHUANIAN).has("common.never")).isTrue();
    }

    @Test
    void languagesAreFoundByCodeOrLocale() {
        assertThat(Language.ofCode("RO")).contains(Language.ROMANIAN);
        assertThat(Language.of(Locale.forLanguageTag("uk-UA"))).isEqualTo(Language.UKRAINIAN);
        assertThat(Language.of(Locale.JAPANESE)).isEqualTo(Language.ENGLISH);
    }
}
