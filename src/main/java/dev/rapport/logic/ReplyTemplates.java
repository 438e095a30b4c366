package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.i18n.Messages;
import dev.rapport.i18n.ZonePlaces;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The acknowledgement and answer texts (DOMAIN §4), from editable templates. Placeholders:
 * {name} the contact's first name, {answerBy} the promised answer time (with the client's city and
 * UTC offset, never a zone id: "14:00 (Vilnius, UTC+2)"), {questions} the numbered
 * questions, {answers} each question numbered in the client's order with its answer beneath.
 * Each language has its own default templates; a template the user edited is theirs and stays as written.
 */
public final class ReplyTemplates {
    public static final String ACKNOWLEDGE_KEY = "template.acknowledge";
    public static final String ANSWER_KEY = "template.answer";
    /** The English question (the default of the English templates; other languages: {@link #anythingElse}). */
    public static final String ANYTHING_ELSE = anythingElse(Language.ENGLISH);
    public static final String DEFAULT_ACKNOWLEDGE = defaultTemplate(ACKNOWLEDGE_KEY, Language.ENGLISH);
    public static final String DEFAULT_ANSWER = defaultTemplate(ANSWER_KEY, Language.ENGLISH);

    private ReplyTemplates() {
    }

    /** The default template of a key in a language. */
    public static String defaultTemplate(String key, Language language) {
        Messages m = Messages.of(language);
        return ACKNOWLEDGE_KEY.equals(key) ? m.get("ledger.template.acknowledge") : m.get("ledger.template.answer");
    }

    /** The default template in the language the app speaks now. */
    public static String defaultTemplate(String key) {
        return defaultTemplate(key, I18n.language());
    }

    /** Whether a text is one of the languages' default templates (the user has not made it their own). */
    public static boolean isDefault(String key, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = normalise(text);
        for (Language l : Language.values()) {
            if (normalise(defaultTemplate(key, l)).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String text) {
        return text.replace("\r", "").strip().replaceAll("[ \\t]+\\n", "\n");
    }

    /** "Is anything else open that I can help with?" in a language. */
    public static String anythingElse(Language language) {
        return Messages.of(language).get("ledger.template.anythingElse");
    }

    public static String acknowledgement(String template, String name, ZonedDateTime answerBy, List<String> questions) {
        return acknowledgement(template, name, answerBy, questions, I18n.language());
    }

    /** The acknowledgement for a reader of the given language (their date words, their "Sir or Madam"). */
    public static String acknowledgement(String template, String name, ZonedDateTime answerBy, List<String> questions,
                                         Language language) {
        Messages m = Messages.of(language);
        DateTimeFormatter when = DateTimeFormatter.ofPattern(m.get("ledger.template.answerByPattern"), m.locale());
        return fill(template, name, m)
                .replace("{answerBy}", when.format(answerBy) + " ("
                        + ZonePlaces.get().cityAndOffset(answerBy.getZone(), m.language(), answerBy.toInstant()) + ")")
                .replace("{questions}", Questions.numbered(questions));
    }

    public static String answer(String template, String name, List<String> questions, List<String> answers) {
        return answer(template, name, questions, answers, I18n.language());
    }

    /** The answer for a reader of the given language: the answers in the order asked, then whether anything else is open. */
    public static String answer(String template, String name, List<String> questions, List<String> answers, Language language) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < questions.size(); i++) {
            String a = i < answers.size() ? answers.get(i) : "";
            b.append(i + 1).append(". ").append(questions.get(i)).append('\n')
                    .append("   ").append(a.isBlank() ? "…" : a.strip().replace("\n", "\n   ")).append("\n\n");
        }
        String text = fill(template, name, Messages.of(language)).replace("{answers}", b.toString().strip())
                .replace("{questions}", Questions.numbered(questions));
        return asksAnythingElse(text) ? text : text + "\n\n" + anythingElse(language);
    }

    /** Whether the text already asks whether anything else is open, in any of the languages. */
    private static boolean asksAnythingElse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("anything else")) {
            return true;
        }
        for (Language l : Language.values()) {
            if (lower.contains(anythingElse(l).toLowerCase(l.locale()))) {
                return true;
            }
        }
        return false;
    }

    private static String fill(String template, String name, Messages m) {
        String first = name == null || name.isBlank() ? "" : name.strip().split("\\s+")[0];
        return template.replace("{name}", first.isEmpty() ? m.get("ledger.template.noName") : first);
    }
}
