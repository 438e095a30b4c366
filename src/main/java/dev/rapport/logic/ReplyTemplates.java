package dev.rapport.logic;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The acknowledgement and answer texts (DOMAIN §4), from editable templates. Placeholders:
 * {name} the contact's first name, {answerBy} the promised answer time, {questions} the numbered
 * questions, {answers} each question numbered in the client's order with its answer beneath.
 */
public final class ReplyTemplates {
    public static final String ACKNOWLEDGE_KEY = "template.acknowledge";
    public static final String ANSWER_KEY = "template.answer";
    public static final String ANYTHING_ELSE = "Is anything else open that I can help with?";

    public static final String DEFAULT_ACKNOWLEDGE = """
            Dear {name},

            Thank you for your message; it has arrived and I am working on it. You will have my full answer by {answerBy}.

            Your questions, as I understood them:
            {questions}

            Kind regards""";

    public static final String DEFAULT_ANSWER = """
            Dear {name},

            Thank you for your questions. Here are my answers, in the order you asked them:

            {answers}

            %s

            Kind regards""".formatted(ANYTHING_ELSE);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

    private ReplyTemplates() {
    }

    public static String acknowledgement(String template, String name, ZonedDateTime answerBy, List<String> questions) {
        return fill(template, name)
                .replace("{answerBy}", WHEN.format(answerBy) + " (" + answerBy.getZone().getId() + ")")
                .replace("{questions}", Questions.numbered(questions));
    }

    public static String answer(String template, String name, List<String> questions, List<String> answers) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < questions.size(); i++) {
            String a = i < answers.size() ? answers.get(i) : "";
            b.append(i + 1).append(". ").append(questions.get(i)).append('\n')
                    .append("   ").append(a.isBlank() ? "…" : a.strip().replace("\n", "\n   ")).append("\n\n");
        }
        String text = fill(template, name).replace("{answers}", b.toString().strip()).replace("{questions}", Questions.numbered(questions));
        return text.toLowerCase(Locale.ROOT).contains("anything else") ? text : text + "\n\n" + ANYTHING_ELSE;
    }

    private static String fill(String template, String name) {
        String first = name == null || name.isBlank() ? "" : name.strip().split("\\s+")[0];
        return template.replace("{name}", first.isEmpty() ? "Sir or Madam" : first);
    }
}
