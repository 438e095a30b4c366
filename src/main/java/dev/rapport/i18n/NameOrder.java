package dev.rapport.i18n;

import java.text.CollationKey;
import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The order names sort in, as the language's alphabet has it. The JDK's own tables put
 * Romanian ș (comma below) before s, fold Ukrainian ґ into г and sort Cyrillic after a
 * scatter of Є, І, Ї under English; these tailorings fix that. Every language sorts Latin
 * before Cyrillic, each in one combined alphabet (а б в г ґ д е є ж з и і ї й … щ ъ ы ь э ю я),
 * which orders Ukrainian and Russian names each correctly; Lithuanian y sorts with i;
 * Romanian ă â after a, î after i, ș after s, ț after t.
 */
public final class NameOrder {
    private static final String CYRILLIC = "& Z < а , А < б , Б < в , В < г , Г < ґ , Ґ < д , Д < е , Е ; ё , Ё < є , Є"
            + " < ж , Ж < з , З < и , И < і , І < ї , Ї < й , Й < к , К < л , Л < м , М < н , Н < о , О < п , П"
            + " < р , Р < с , С < т , Т < у , У < ф , Ф < х , Х < ц , Ц < ч , Ч < ш , Ш < щ , Щ < ъ , Ъ < ы , Ы"
            + " < ь , Ь < э , Э < ю , Ю < я , Я ";
    private static final String LITHUANIAN = "& C < č , Č & I ; y , Y & S < š , Š & Z < ž , Ž ";
    private static final String ROMANIAN = "& A < ă , Ă < â , Â & I < î , Î & S < ș , Ș ; ş , Ş & T < ț , Ț ; ţ , Ţ ";
    private static final Map<Language, RuleBasedCollator> CACHE = new ConcurrentHashMap<>();
    private static final int MAX_KEYS = 50_000;
    private static final Map<Language, Map<String, CollationKey>> KEYS = new ConcurrentHashMap<>();

    private NameOrder() {
    }

    /** A comparator of names for the language: alphabet first, then accents, then case. */
    public static Comparator<String> of(Language language) {
        Collator collator = (Collator) CACHE.computeIfAbsent(language, NameOrder::build).clone();
        return (a, b) -> collator.compare(a == null ? "" : a, b == null ? "" : b);
    }

    /** The current language's order. */
    public static Comparator<String> current() {
        return of(I18n.language());
    }

    /**
     * Sorts the list in place by name in the current language's order, ties by {@code ties}: the
     * same order as {@code Comparator.comparing(name, current()).thenComparing(ties)}, but each name
     * is decomposed and weighed once (its collation key) instead of twice per comparison, which
     * took half of a 1,000-client list's time, and the keys are kept for the next sort of the
     * same names (a list reloads after every change; a key costs tens of microseconds).
     */
    public static <T> void sort(List<T> items, Function<? super T, String> name, Comparator<? super T> ties) {
        Language language = I18n.language();
        Collator collator = (Collator) CACHE.computeIfAbsent(language, NameOrder::build).clone();
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        for (T item : items) {
            String n = name.apply(item);
            keyed.add(new Keyed<>(key(language, collator, n == null ? "" : n), item));
        }
        keyed.sort((a, b) -> {
            int byName = a.key().compareTo(b.key());
            return byName != 0 ? byName : ties.compare(a.item(), b.item());
        });
        for (int i = 0; i < keyed.size(); i++) {
            items.set(i, keyed.get(i).item());
        }
    }

    private record Keyed<T>(CollationKey key, T item) {
    }

    /** The name's collation key in the language, made once; the store is emptied when it grows past {@link #MAX_KEYS}. */
    private static CollationKey key(Language language, Collator collator, String name) {
        Map<String, CollationKey> keys = KEYS.computeIfAbsent(language, l -> new ConcurrentHashMap<>());
        CollationKey key = keys.get(name);
        if (key == null) {
            if (keys.size() >= MAX_KEYS) {
                keys.clear();
            }
            key = collator.getCollationKey(name);
            keys.put(name, key);
        }
        return key;
    }

    private static RuleBasedCollator build(Language language) {
        String base = ((RuleBasedCollator) Collator.getInstance(Locale.ENGLISH)).getRules();
        String tailoring = switch (language) {
            case LITHUANIAN -> LITHUANIAN;
            case ROMANIAN -> ROMANIAN;
            case ENGLISH, UKRAINIAN, RUSSIAN -> "";
        };
        try {
            RuleBasedCollator collator = new RuleBasedCollator(base + CYRILLIC + tailoring);
            collator.setStrength(Collator.TERTIARY);
            collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
            return collator;
        } catch (ParseException e) {
            throw new IllegalStateException("Bad collation rules for " + language, e);
        }
    }
}
