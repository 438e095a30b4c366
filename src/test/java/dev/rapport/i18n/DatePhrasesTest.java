package dev.rapport.i18n;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each typed phrase means, one table per language, all read on Monday 7 December 2026
 * (so Tue = 8th, Fri = 11th, next Mon = 14th, last Fri = 4th). An empty expected cell means
 * "not a date".
 */
class DatePhrasesTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @ParameterizedTest(name = "en: \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-12-25        | 2026-12-25",
            "2027-1-5          | 2027-01-05",
            "Dec 25, 2026      | 2026-12-25",
            "12/25             | 2026-12-25",
            "12/25/26          | 2026-12-25",
            "12/25/2026        | 2026-12-25",
            "25.12             | 2026-12-25",
            "1.12              | 2027-12-01",
            "7.12              | 2026-12-07",
            "25 dec            | 2026-12-25",
            "December 25th     | 2026-12-25",
            "3 Jan 2027        | 2027-01-03",
            "today             | 2026-12-07",
            "Tomorrow          | 2026-12-08",
            "yesterday         | 2026-12-06",
            "fri               | 2026-12-11",
            "FRIDAY            | 2026-12-11",
            "by fri            | 2026-12-11",
            "this fri          | 2026-12-11",
            "mon               | 2026-12-07",
            "next mon          | 2026-12-14",
            "next tue          | 2026-12-08",
            "next Friday       | 2026-12-11",
            "last fri          | 2026-12-04",
            "thurs             | 2026-12-10",
            "in 3 days         | 2026-12-10",
            "in 2 weeks        | 2026-12-21",
            "in a week         | 2026-12-14",
            "in a month        | 2027-01-07",
            "in 2 months       | 2027-02-07",
            "2 weeks           | 2026-12-21",
            "+3                | 2026-12-10",
            "3d                | 2026-12-10",
            "2w                | 2026-12-21",
            "3 days ago        | 2026-12-04",
            "a week ago        | 2026-11-30",
            "soon              | ",
            "32.12             | ",
            "13/25             | ",
            "2026-02-30        | ",
            "week              | ",
            "next last fri     | ",
            "next 2 weeks      | ",
            "in 9999 weeks     | ",
            "пт                | ",
            "vineri            | "})
    void english(String text, LocalDate expected) {
        check(text, Language.ENGLISH, expected);
    }

    @ParameterizedTest(name = "lt: \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-12-25              | 2026-12-25",
            "2026.12.25              | 2026-12-25",
            "12-25                   | 2026-12-25",
            "12.25                   | 2026-12-25",
            "25.12                   | 2026-12-25",
            "gruodžio 25             | 2026-12-25",
            "2026 m. gruodžio 25 d.  | 2026-12-25",
            "sausio 3                | 2027-01-03",
            "šiandien                | 2026-12-07",
            "rytoj                   | 2026-12-08",
            "poryt                   | 2026-12-09",
            "vakar                   | 2026-12-06",
            "penktadienis            | 2026-12-11",
            "penktadienį             | 2026-12-11",
            "PENKTADIENI             | 2026-12-11",
            "iki penktadienio        | 2026-12-11",
            "pn                      | 2026-12-11",
            "pr                      | 2026-12-07",
            "kitą pirmadienį         | 2026-12-14",
            "kitą antradienį         | 2026-12-08",
            "praėjusį penktadienį    | 2026-12-04",
            "po 3 dienų              | 2026-12-10",
            "po 2 savaičių           | 2026-12-21",
            "po savaitės             | 2026-12-14",
            "po mėnesio              | 2027-01-07",
            "prieš 3 dienas          | 2026-12-04",
            "greitai                 | ",
            "13-45                   | ",
            "fri                     | "})
    void lithuanian(String text, LocalDate expected) {
        check(text, Language.LITHUANIAN, expected);
    }

    @ParameterizedTest(name = "ro: \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-12-25           | 2026-12-25",
            "25 dec. 2026         | 2026-12-25",
            "25.12.2026           | 2026-12-25",
            "25.12.26             | 2026-12-25",
            "25.12                | 2026-12-25",
            "25/12                | 2026-12-25",
            "25 decembrie         | 2026-12-25",
            "azi                  | 2026-12-07",
            "astăzi               | 2026-12-07",
            "mâine                | 2026-12-08",
            "maine                | 2026-12-08",
            "poimâine             | 2026-12-09",
            "ieri                 | 2026-12-06",
            "vineri               | 2026-12-11",
            "vin                  | 2026-12-11",
            "vin.                 | 2026-12-11",
            "vinerea              | 2026-12-11",
            "până vineri          | 2026-12-11",
            "luni                 | 2026-12-07",
            "lunea viitoare       | 2026-12-14",
            "în marți viitoare    | 2026-12-08",
            "marțea viitoare      | 2026-12-08",
            "vinerea trecută      | 2026-12-04",
            "peste 3 zile         | 2026-12-10",
            "peste 2 săptămâni    | 2026-12-21",
            "peste o săptămână    | 2026-12-14",
            "peste o lună         | 2027-01-07",
            "peste 3 luni         | 2027-03-07",
            "în 2 săptămâni       | 2026-12-21",
            "acum 3 zile          | 2026-12-04",
            "curând               | ",
            "31.02                | ",
            "friday               | "})
    void romanian(String text, LocalDate expected) {
        check(text, Language.ROMANIAN, expected);
    }

    @ParameterizedTest(name = "ru: \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-12-25               | 2026-12-25",
            "25 дек. 2026 г.          | 2026-12-25",
            "25.12.2026               | 2026-12-25",
            "25.12                    | 2026-12-25",
            "25/12                    | 2026-12-25",
            "25 декабря               | 2026-12-25",
            "3 января 2027            | 2027-01-03",
            "сегодня                  | 2026-12-07",
            "завтра                   | 2026-12-08",
            "послезавтра              | 2026-12-09",
            "вчера                    | 2026-12-06",
            "пт                       | 2026-12-11",
            "ПТ                       | 2026-12-11",
            "пятница                  | 2026-12-11",
            "в пятницу                | 2026-12-11",
            "до пятницы               | 2026-12-11",
            "пн                       | 2026-12-07",
            "в следующий понедельник  | 2026-12-14",
            "в следующий вторник      | 2026-12-08",
            "в среду                  | 2026-12-09",
            "в прошлую пятницу        | 2026-12-04",
            "воскресенье              | 2026-12-13",
            "через 3 дня              | 2026-12-10",
            "через 2 недели           | 2026-12-21",
            "через неделю             | 2026-12-14",
            "через месяц              | 2027-01-07",
            "через 5 дней             | 2026-12-12",
            "через 5дн                | 2026-12-12",
            "3 дня назад              | 2026-12-04",
            "скоро                    | ",
            "в пятницу вечером        | ",
            "1 пятница                | "})
    void russian(String text, LocalDate expected) {
        check(text, Language.RUSSIAN, expected);
    }

    @ParameterizedTest(name = "uk: \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-12-25                | 2026-12-25",
            "25 груд. 2026 р.          | 2026-12-25",
            "25.12.2026                | 2026-12-25",
            "25.12.26                  | 2026-12-25",
            "25.12                     | 2026-12-25",
            "25 грудня                 | 2026-12-25",
            "сьогодні                  | 2026-12-07",
            "завтра                    | 2026-12-08",
            "післязавтра               | 2026-12-09",
            "вчора                     | 2026-12-06",
            "пт                        | 2026-12-11",
            "п'ятниця                  | 2026-12-11",
            "пʼятниця                  | 2026-12-11",
            "П’ЯТНИЦЯ                  | 2026-12-11",
            "в п'ятницю                | 2026-12-11",
            "до п'ятниці               | 2026-12-11",
            "пн                        | 2026-12-07",
            "нд                        | 2026-12-13",
            "наступного понеділка      | 2026-12-14",
            "наступного вівторка       | 2026-12-08",
            "у наступний вівторок      | 2026-12-08",
            "минулої п'ятниці          | 2026-12-04",
            "четвер                    | 2026-12-10",
            "за 3 дні                  | 2026-12-10",
            "за 2 тижні                | 2026-12-21",
            "через 2 тижні             | 2026-12-21",
            "за тиждень                | 2026-12-14",
            "за місяць                 | 2027-01-07",
            "3 дні тому                | 2026-12-04",
            "незабаром                 | ",
            "завтра вранці             | ",
            "fri                       | "})
    void ukrainian(String text, LocalDate expected) {
        check(text, Language.UKRAINIAN, expected);
    }

    private static void check(String text, Language language, LocalDate expected) {
        assertThat(DatePhrases.parse(text, language, MONDAY)).as("%s in %s", text, language).isEqualTo(java.util.Optional.ofNullable(expected));
    }
}
