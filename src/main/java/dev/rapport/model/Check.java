package dev.rapport.model;

import dev.rapport.i18n.I18n;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.regex.Pattern;

/** Field validation shared by the records; each failure names its field. */
public final class Check {
    /** One address: no spaces, and none of the characters that separate addresses in a list (, ; < > " ( ) [ ]). */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;<>\"()\\[\\]]+@[^@\\s,;<>\"()\\[\\]]+\\.[^@\\s,;<>\"()\\[\\]]+$");
    /**
     * Digits, spaces and + ( ) . / -, 3 to 40 of them; a + only first, and no - first, so nothing a
     * spreadsheet would take for a formula ("-2+3", "=1+1") passes for a phone number.
     */
    private static final Pattern PHONE = Pattern.compile("^[+0-9(][0-9 ()./-]{2,39}$");

    private Check() {
    }

    /**
     * A text that must be given. {@code label} names the field in the message: the last part of
     * its key {@code validation.label.LABEL}, so the message speaks the chosen language.
     */
    public static String required(String field, String label, String value, int max) {
        String v = Text.clean(value);
        if (v.isEmpty()) {
            throw new ValidationException(field, I18n.t("validation.required", label(label)));
        }
        return limit(field, label, v, max);
    }

    public static String limit(String field, String label, String value, int max) {
        String v = Text.clean(value);
        if (v.length() > max) {
            throw new ValidationException(field, I18n.t("validation.tooLong", label(label), Integer.toString(v.length()),
                    Integer.toString(max)));
        }
        return v;
    }

    /** A field's name in the chosen language, from {@code validation.label.KEY}. */
    public static String label(String key) {
        return I18n.t("validation.label." + key);
    }

    public static String email(String field, String value) {
        String v = limit(field, "email", value, Limits.SHORT_TEXT);
        if (!v.isEmpty() && !EMAIL.matcher(v).matches()) {
            throw new ValidationException(field, I18n.t("validation.email", v));
        }
        return v;
    }

    public static String phone(String field, String value) {
        String v = limit(field, "phone", value, Limits.SHORT_TEXT);
        if (!v.isEmpty() && !PHONE.matcher(v).matches()) {
            throw new ValidationException(field, I18n.t("validation.phone", v));
        }
        return v;
    }

    public static String zone(String field, String value) {
        String v = Text.clean(value);
        if (v.isEmpty()) {
            return v;
        }
        try {
            return ZoneId.of(v).getId();
        } catch (DateTimeException e) {
            throw new ValidationException(field, I18n.t("validation.zone", v));
        }
    }

    public static <T> T notNull(String field, String label, T value) {
        if (value == null) {
            throw new ValidationException(field, I18n.t("validation.notChosen", label(label)));
        }
        return value;
    }

    /**
     * Refuses text that no journal should hold, as it came from outside (a file, a command line):
     * a control character other than tab and line breaks (NUL and the like), or broken UTF-16 (a
     * lone surrogate, which SQLite would silently turn into "?"). A form cleans these away as the
     * user types ({@link Text#clean}); an import must say so instead of changing the data.
     * {@code name} is the field's name as the user should read it.
     */
    public static String plainText(String field, String name, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new ValidationException(field, I18n.t("validation.brokenText", name, Integer.toString(i + 1)));
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                throw new ValidationException(field, I18n.t("validation.controlCharacter", name,
                        String.format(java.util.Locale.ROOT, "U+%04X", (int) c), Integer.toString(i + 1)));
            }
        }
        return value;
    }

    /** A date as the journal stores it, YYYY-MM-DD; "31/10/2026" and other shapes are refused, naming the field. */
    public static java.time.LocalDate isoDate(String field, String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException(field, I18n.t("validation.notIsoDate", name, value));
        }
    }

    /** A moment as the journal stores it, in UTC: 2026-10-31T09:30:00Z. */
    public static java.time.Instant isoInstant(String field, String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return java.time.Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException(field, I18n.t("validation.notIsoInstant", name, value));
        }
    }

    /** A local date and time as the journal stores it: 2026-10-31T09:30. */
    public static java.time.LocalDateTime isoLocalTime(String field, String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return java.time.LocalDateTime.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException(field, I18n.t("validation.notIsoLocalTime", name, value));
        }
    }

    /** One of an enum's constants, as stored (its name); anything else is refused, listing the allowed ones. */
    public static <E extends Enum<E>> E oneOf(String field, String name, Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw new ValidationException(field, I18n.t("validation.notOneOf", name, value,
                String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
    }
}
