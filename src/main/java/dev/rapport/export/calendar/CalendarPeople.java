package dev.rapport.export.calendar;

import dev.rapport.model.Contact;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The journal's people as a calendar names them: by email (case ignored), else by name (case, accents and spaces ignored). */
public final class CalendarPeople {
    private final Map<String, Contact> byEmail = new HashMap<>();
    private final Map<String, Contact> byName = new HashMap<>();

    public CalendarPeople(Iterable<Contact> contacts) {
        for (Contact c : contacts) {
            if (!c.email().isEmpty()) {
                byEmail.putIfAbsent(c.email().toLowerCase(Locale.ROOT), c);
            }
            byName.putIfAbsent(nameKey(c.name()), c);
        }
    }

    /** The person with this email, else with this name, else null. */
    public Contact match(String email, String name) {
        Contact c = email == null ? null : byEmail.get(email.strip().toLowerCase(Locale.ROOT));
        return c != null || name == null || name.isBlank() ? c : byName.get(nameKey(name));
    }

    /** Names compared ignoring case, accents and extra spaces ("Šarūnas  Žemaitis" = "sarunas zemaitis"). */
    public static String nameKey(String name) {
        String n = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
