package dev.rapport.model;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.regex.Pattern;

/** Field validation shared by the records; each failure names its field. */
public final class Check {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()./-]{3,40}$");

    private Check() {
    }

    public static String required(String field, String label, String value, int max) {
        String v = Text.clean(value);
        if (v.isEmpty()) {
            throw new ValidationException(field, label + " must not be empty.");
        }
        return limit(field, label, v, max);
    }

    public static String limit(String field, String label, String value, int max) {
        String v = Text.clean(value);
        if (v.length() > max) {
            throw new ValidationException(field, label + " is too long: " + v.length()
                    + " characters, at most " + max + " are allowed.");
        }
        return v;
    }

    public static String email(String field, String value) {
        String v = limit(field, "Email", value, Limits.SHORT_TEXT);
        if (!v.isEmpty() && !EMAIL.matcher(v).matches()) {
            throw new ValidationException(field, "Email \"" + v + "\" is not a valid address (like name@example.com).");
        }
        return v;
    }

    public static String phone(String field, String value) {
        String v = limit(field, "Phone", value, Limits.SHORT_TEXT);
        if (!v.isEmpty() && !PHONE.matcher(v).matches()) {
            throw new ValidationException(field, "Phone \"" + v + "\" may hold only digits, spaces and + ( ) . / -.");
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
            throw new ValidationException(field, "Time zone \"" + v + "\" is unknown; use a name like Europe/Vilnius.");
        }
    }

    public static <T> T notNull(String field, String label, T value) {
        if (value == null) {
            throw new ValidationException(field, label + " must be chosen.");
        }
        return value;
    }
}
