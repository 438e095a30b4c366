package dev.rapport.model;

import dev.rapport.i18n.I18n;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.regex.Pattern;

/** Field validation shared by the records; each failure names its field. */
public final class Check {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()./-]{3,40}$");

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
}
