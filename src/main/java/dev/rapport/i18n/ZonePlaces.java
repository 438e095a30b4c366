package dev.rapport.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Time zones as people name them: by a city or a country, in any of Rapport's languages, and shown
 * as "Vilnius (UTC+2)". Country names come from the JDK ({@link Locale#getDisplayCountry}); the
 * JDK has no exemplar cities, so each zone's city in the five languages comes from CLDR through a
 * small table ({@code zone-places.tsv}, written by {@code docs/tools/zone_places.py}); a city CLDR
 * does not translate reads as in English (the id's last part). UTC is said as "UTC".
 */
public final class ZonePlaces {
    private static final String TABLE = "/dev/rapport/i18n/zone-places.tsv";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}+]+");
    private static final Set<String> UTC_IDS = Set.of("UTC", "Etc/UTC", "Etc/UCT", "UCT", "Z", "GMT", "Etc/GMT", "Etc/Universal",
            "Universal", "Etc/Zulu", "Zulu", "GMT0", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "Etc/Greenwich", "Greenwich");
    private static volatile ZonePlaces instance;

    /** A zone in the table: its country code and its city in each language. */
    private record Place(ZoneId zone, String country, Map<Language, String> cities, List<String> cityKeys, List<String> otherKeys) {
    }

    /** One zone found for typed text, best first. */
    public record Match(ZoneId zone, int rank) {
    }

    private final Map<String, Place> places;

    private ZonePlaces(Map<String, Place> places) {
        this.places = places;
    }

    public static ZonePlaces get() {
        ZonePlaces p = instance;
        if (p == null) {
            synchronized (ZonePlaces.class) {
                if (instance == null) {
                    instance = load();
                }
                p = instance;
            }
        }
        return p;
    }

    /** Whether a zone is UTC itself (however its id is written), which is said as "UTC". */
    public static boolean isUtc(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) || UTC_IDS.contains(zone.getId());
    }

    /** The zone's city in a language: "Вильнюс" for Europe/Vilnius in Russian; "UTC" for UTC. */
    public String city(ZoneId zone, Language language) {
        if (isUtc(zone)) {
            return "UTC";
        }
        if (zone instanceof ZoneOffset offset) {
            return offset(offset);
        }
        Place place = place(zone);
        if (place != null) {
            return place.cities().getOrDefault(language, place.cities().get(Language.ENGLISH));
        }
        String id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }

    /** "UTC+2", "UTC+5:30", "UTC-3", "UTC+0": the zone's offset at an instant. */
    public static String offset(ZoneId zone, Instant at) {
        return offset(zone.getRules().getOffset(at));
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        String sign = seconds < 0 ? "-" : "+";
        return "UTC" + sign + minutes / 60 + (minutes % 60 == 0 ? "" : String.format(Locale.ROOT, ":%02d", minutes % 60));
    }

    /** "Vilnius (UTC+2)" in a language, the offset at {@code at}; "UTC" for UTC itself. */
    public String label(ZoneId zone, Language language, Instant at) {
        if (isUtc(zone) || zone instanceof ZoneOffset) {
            return city(zone, language);
        }
        return city(zone, language) + " (" + offset(zone, at) + ")";
    }

    /** A stored zone id as {@link #label}; blank stays blank, an id the JDK does not know shows as written. */
    public String label(String id, Language language, Instant at) {
        if (id == null || id.isBlank()) {
            return "";
        }
        try {
            return label(ZoneId.of(id.strip()), language, at);
        } catch (DateTimeException e) {
            return id;
        }
    }

    /** "Vilnius, UTC+2" for text sent to a client (it sits inside brackets); "UTC" for UTC itself. */
    public String cityAndOffset(ZoneId zone, Language language, Instant at) {
        if (isUtc(zone) || zone instanceof ZoneOffset) {
            return city(zone, language);
        }
        return city(zone, language) + ", " + offset(zone, at);
    }

    /** The zone's country in a language ("Lietuva"), or empty when the zone has none (UTC, an offset). */
    public String country(ZoneId zone, Language language) {
        Place place = place(zone);
        return place == null ? "" : new Locale("", place.country()).getDisplayCountry(language.locale());
    }

    /**
     * The zones that typed text names, best first: a city or country in any of the five languages
     * (accents, case and alphabet's marks ignored: "vilni", "Вильн", "Вільн", "Lituania", "Литва"),
     * an id ("Europe/Vilnius") or an offset ("UTC+2", "+02:00"). A city beats a country; a whole
     * word beats its start; its start beats a part inside.
     */
    public List<ZoneId> find(String typed, int limit) {
        String query = normal(typed);
        List<ZoneId> out = new ArrayList<>();
        if (query.isEmpty()) {
            return out;
        }
        Optional<ZoneId> exact = parse(typed);
        exact.ifPresent(out::add);
        if (query.equals("utc") || query.equals("gmt")) {
            if (!out.contains(ZoneOffset.UTC)) {
                out.add(ZoneOffset.UTC);
            }
        }
        List<Match> matches = new ArrayList<>();
        for (Place place : places.values()) {
            int best = Integer.MAX_VALUE;
            for (String key : place.cityKeys()) {
                best = Math.min(best, rank(key, query));
            }
            for (String key : place.otherKeys()) {
                int r = rank(key, query);
                best = Math.min(best, r == Integer.MAX_VALUE ? r : r + 10); // a city before a country
            }
            if (best < Integer.MAX_VALUE) {
                matches.add(new Match(place.zone(), best));
            }
        }
        matches.sort(Comparator.comparingInt(Match::rank).thenComparing(m -> city(m.zone(), Language.ENGLISH)));
        for (Match m : matches) {
            if (out.size() >= limit) {
                break;
            }
            if (!out.contains(m.zone()) && exact.map(z -> !z.getId().equals(m.zone().getId())).orElse(true)) {
                out.add(m.zone());
            }
        }
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** A zone written as an id or an offset, as the JDK reads it ("Europe/Vilnius", "UTC+2", "+02:00"). */
    public static Optional<ZoneId> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || !t.matches("[A-Za-z0-9_/+:.-]+")) {
            return Optional.empty();
        }
        try {
            ZoneId z = ZoneId.of(t, ZoneId.SHORT_IDS);
            return Optional.of(isUtc(z) ? ZoneOffset.UTC : z);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int rank(String key, String query) {
        if (key.equals(query)) {
            return 0;
        }
        if (key.startsWith(query)) {
            return 1;
        }
        if (key.contains(" " + query)) {
            return 2;
        }
        return key.contains(query) ? 3 : Integer.MAX_VALUE;
    }

    /** Lower case without accents or other marks, words split by single spaces: "Šiaulių_m." → "siauliu m". */
    static String normal(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return NOT_LETTERS.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private Place place(ZoneId zone) {
        Place place = places.get(zone.getId());
        if (place == null && !(zone instanceof ZoneOffset)) {
            // an older id of a zone (Europe/Kiev for Europe/Kyiv) links to it: the same rules all along
            place = places.values().stream().filter(p -> p.zone().getRules().equals(zone.getRules()))
                    .min(Comparator.comparing(p -> p.zone().getId())).orElse(null);
        }
        return place;
    }

    private static ZonePlaces load() {
        Map<String, Place> places = new LinkedHashMap<>();
        Set<String> known = ZoneId.getAvailableZoneIds();
        Language[] columns = {Language.ENGLISH, Language.LITHUANIAN, Language.ROMANIAN, Language.RUSSIAN, Language.UKRAINIAN};
        try (InputStream in = ZonePlaces.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + TABLE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (!known.contains(cells[0])) {
                    continue;
                }
                Map<Language, String> cities = new EnumMap<>(Language.class);
                for (int i = 0; i < columns.length; i++) {
                    String city = i + 2 < cells.length ? cells[i + 2].strip() : "";
                    cities.put(columns[i], city.isEmpty() ? cells[2] : city);
                }
                List<String> cityKeys = cities.values().stream().map(ZonePlaces::normal).distinct().toList();
                List<String> otherKeys = new ArrayList<>();
                for (Language l : Language.values()) {
                    otherKeys.add(normal(new Locale("", cells[1]).getDisplayCountry(l.locale())));
                }
                otherKeys.add(normal(cells[0]));
                places.put(cells[0], new Place(ZoneId.of(cells[0]), cells[1], cities,
                        cityKeys, otherKeys.stream().distinct().toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ZonePlaces(Map.copyOf(places));
    }
}
