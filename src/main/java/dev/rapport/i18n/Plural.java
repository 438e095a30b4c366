package dev.rapport.i18n;

import java.util.List;

/**
 * The plural categories each language needs for whole numbers (CLDR rules, integers only):
 * English and Romanian "one" differ, Ukrainian and Russian need "few" and "many",
 * Lithuanian "few" covers 2–9 but not 12–19.
 */
public enum Plural {
    ONE, FEW, MANY, OTHER;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static List<Plural> categories(Language language) {
        return switch (language) {
            case ENGLISH -> List.of(ONE, OTHER);
            case UKRAINIAN, RUSSIAN -> List.of(ONE, FEW, MANY);
            case ROMANIAN, LITHUANIAN -> List.of(ONE, FEW, OTHER);
        };
    }

    public static Plural of(Language language, long number) {
        long n = Math.abs(number);
        long mod10 = n % 10;
        long mod100 = n % 100;
        return switch (language) {
            case ENGLISH -> n == 1 ? ONE : OTHER;
            case UKRAINIAN, RUSSIAN -> {
                if (mod10 == 1 && mod100 != 11) {
                    yield ONE;
                }
                yield mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? FEW : MANY;
            }
            case ROMANIAN -> {
                if (n == 1) {
                    yield ONE;
                }
                yield n == 0 || (mod100 >= 1 && mod100 <= 19) ? FEW : OTHER;
            }
            case LITHUANIAN -> {
                boolean teens = mod100 >= 11 && mod100 <= 19;
                if (mod10 == 1 && !teens) {
                    yield ONE;
                }
                yield mod10 >= 2 && !teens ? FEW : OTHER;
            }
        };
    }
}
