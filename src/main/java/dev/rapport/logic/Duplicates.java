package dev.rapport.logic;

import dev.rapport.model.Contact;
import dev.rapport.model.DuplicatePair;
import dev.rapport.model.DuplicatePair.Reason;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Likely duplicate contacts. Two contacts are a pair when any of these holds:
 * <ul>
 * <li><b>same email</b>: the addresses are equal ignoring case (both not empty);</li>
 * <li><b>same phone</b>: the digits of the numbers are equal, a leading international "00" read as "+",
 *     and there are at least 7 of them;</li>
 * <li><b>similar name at the same client</b>: both at one client, and their folded names (accents
 *     removed, case folded, punctuation dropped, spaces collapsed) are equal, or have the same words in
 *     another order, or — when both have at least 6 letters — are at most 2 edits apart (Levenshtein).</li>
 * </ul>
 */
public final class Duplicates {
    static final int MIN_PHONE_DIGITS = 7;
    static final int MIN_LETTERS_FOR_EDITS = 6;
    static final int MAX_EDITS = 2;

    private Duplicates() {
    }

    /** The pairs among the contacts, each once, ordered by the first contact's id, then the second's. */
    public static List<DuplicatePair> find(List<Contact> contacts) {
        List<Contact> sorted = contacts.stream().sorted(Comparator.comparingLong(Contact::id)).toList();
        String[] folded = sorted.stream().map(c -> fold(c.name())).toArray(String[]::new);
        String[] phones = sorted.stream().map(c -> phoneDigits(c.phone())).toArray(String[]::new);
        List<DuplicatePair> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                Contact a = sorted.get(i);
                Contact b = sorted.get(j);
                List<Reason> reasons = new ArrayList<>();
                if (!a.email().isEmpty() && a.email().equalsIgnoreCase(b.email())) {
                    reasons.add(Reason.SAME_EMAIL);
                }
                if (phones[i].length() >= MIN_PHONE_DIGITS && phones[i].equals(phones[j])) {
                    reasons.add(Reason.SAME_PHONE);
                }
                if (a.clientId() == b.clientId() && similar(folded[i], folded[j])) {
                    reasons.add(Reason.SIMILAR_NAME);
                }
                if (!reasons.isEmpty()) {
                    out.add(new DuplicatePair(a, b, reasons));
                }
            }
        }
        return out;
    }

    /** Accents removed, case folded, anything but letters and digits made a space, spaces collapsed. */
    static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String phoneDigits(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return digits.startsWith("00") ? digits.substring(2) : digits;
    }

    static boolean similar(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b) || sortedWords(a).equals(sortedWords(b))) {
            return true;
        }
        int lettersA = a.replace(" ", "").length();
        int lettersB = b.replace(" ", "").length();
        return lettersA >= MIN_LETTERS_FOR_EDITS && lettersB >= MIN_LETTERS_FOR_EDITS && levenshtein(a, b) <= MAX_EDITS;
    }

    private static String sortedWords(String s) {
        String[] words = s.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    /** Edits (insert, delete, replace one character) between two strings. */
    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
