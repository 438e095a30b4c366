package dev.rapport.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ZonePlacesTest {
    /** Winter: Vilnius is UTC+2, New York UTC-5, Kolkata UTC+5:30. */
    private static final Instant WINTER = Instant.parse("2026-01-15T12:00:00Z");
    private static final Instant SUMMER = Instant.parse("2026-07-15T12:00:00Z");
    private final ZonePlaces places = ZonePlaces.get();

    @ParameterizedTest(name = "{0}: \"{1}\" finds {2} first")
    @CsvSource(delimiter = '|', value = {
            // English: city (the id's last part), its start, a country
            "en|vilni|Europe/Vilnius",
            "en|Lithuania|Europe/Vilnius",
            "en|new york|America/New_York",
            "en|kyiv|Europe/Kyiv",
            "en|Romania|Europe/Bucharest",
            // Lithuanian: accents typed or left out
            "lt|Vilnius|Europe/Vilnius",
            "lt|Lietuva|Europe/Vilnius",
            "lt|Bukareštas|Europe/Bucharest",
            "lt|bukarestas|Europe/Bucharest",
            "lt|Niujork|America/New_York",
            "lt|Maskva|Europe/Moscow",
            // Romanian
            "ro|Lituania|Europe/Vilnius",
            "ro|București|Europe/Bucharest",
            "ro|bucuresti|Europe/Bucharest",
            "ro|Chișinău|Europe/Chisinau",
            "ro|Moscova|Europe/Moscow",
            // Russian
            "ru|Вильн|Europe/Vilnius",
            "ru|Литва|Europe/Vilnius",
            "ru|вильнюс|Europe/Vilnius",
            "ru|Киев|Europe/Kyiv",
            "ru|Нью-Йорк|America/New_York",
            "ru|Бухарест|Europe/Bucharest",
            // Ukrainian
            "uk|Вільн|Europe/Vilnius",
            "uk|Литва|Europe/Vilnius",
            "uk|Київ|Europe/Kyiv",
            "uk|Кишинів|Europe/Chisinau",
            "uk|Україна|Europe/Kyiv",
    })
    void aCityOrCountryInEachLanguageFindsItsZoneFirst(String language, String typed, String zone) {
        assertThat(places.find(typed, 10)).as(language + " " + typed).first().isEqualTo(ZoneId.of(zone));
    }

    @ParameterizedTest(name = "{0}: {1} reads {2} in winter, {3} in summer")
    @CsvSource(delimiter = '|', value = {
            "en|Europe/Vilnius|Vilnius (UTC+2)|Vilnius (UTC+3)",
            "lt|Europe/Bucharest|Bukareštas (UTC+2)|Bukareštas (UTC+3)",
            "ro|Europe/Kyiv|Kiev (UTC+2)|Kiev (UTC+3)",
            "ru|Europe/Vilnius|Вильнюс (UTC+2)|Вильнюс (UTC+3)",
            "uk|Europe/Vilnius|Вільнюс (UTC+2)|Вільнюс (UTC+3)",
            "en|America/New_York|New York (UTC-5)|New York (UTC-4)",
            "en|Asia/Kolkata|Kolkata (UTC+5:30)|Kolkata (UTC+5:30)",
            "ru|Etc/UTC|UTC|UTC",
            "en|UTC|UTC|UTC",
            "en|Europe/Kiev|Kyiv (UTC+2)|Kyiv (UTC+3)",
    })
    void aZoneReadsAsItsCityAndTodaysOffset(String language, String zone, String winter, String summer) {
        Language l = Language.ofCode(language).orElseThrow();
        assertThat(places.label(ZoneId.of(zone), l, WINTER)).isEqualTo(winter);
        assertThat(places.label(ZoneId.of(zone), l, SUMMER)).isEqualTo(summer);
    }

    @Test
    void idsAndOffsetsAreFoundAsWritten() {
        assertThat(places.find("Europe/Vilnius", 5)).first().isEqualTo(ZoneId.of("Europe/Vilnius"));
        assertThat(places.find("UTC", 5)).first().isEqualTo(ZoneOffset.UTC);
        assertThat(places.find("Etc/UTC", 5)).first().isEqualTo(ZoneOffset.UTC);
        assertThat(places.find("UTC+2", 5)).first().isEqualTo(ZoneId.of("UTC+02:00"));
        assertThat(places.find("", 5)).isEmpty();
        assertThat(places.find("zzzzqqq", 5)).isEmpty();
    }

    @Test
    void aCityComesBeforeACountryThatSharesItsLetters() {
        // "Mexico" is a city (Mexico City) and a country: the city first, the country's other zones after
        assertThat(places.find("mexico", 20)).first().isEqualTo(ZoneId.of("America/Mexico_City"));
        assertThat(places.find("mexico", 20)).contains(ZoneId.of("America/Cancun"));
    }
}
