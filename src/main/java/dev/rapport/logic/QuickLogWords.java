package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.i18n.Messages;
import dev.rapport.model.Channel;
import dev.rapport.model.QuickLogDraft.Kind;
import dev.rapport.model.Text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The channel, clause and "by" words of a quick-log line, from the quickLog bundles of all five
 * languages at once: a line means the same whichever language the app speaks, so a Lithuanian
 * "skambutis" works in the English app and the command line needs no language to read it.
 */
final class QuickLogWords {
    private static final QuickLogWords INSTANCE = new QuickLogWords();

    private final Map<String, Channel> channels = new HashMap<>();
    private final Map<String, Kind> clauses = new HashMap<>();
    /** "by" words (matched form) with the languages they belong to, longest first ("pana la" before "pana"). */
    private final Map<String, List<Language>> byWords = new LinkedHashMap<>();

    private QuickLogWords() {
        Map<String, List<Language>> by = new HashMap<>();
        for (Language language : Language.values()) {
            Messages m = Messages.of(language);
            for (Channel c : Channel.values()) {
                words(m, "quickLog.words." + Text.key(c)).forEach(w -> channels.putIfAbsent(w, c));
            }
            for (Kind k : Kind.values()) {
                words(m, "quickLog.words." + Text.key(k)).forEach(w -> clauses.putIfAbsent(w, k));
            }
            words(m, "quickLog.words.by").forEach(w -> by.computeIfAbsent(w, x -> new ArrayList<>()).add(language));
        }
        by.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, List<Language>> e) -> -e.getKey().length()))
                .forEach(e -> byWords.put(e.getKey(), List.copyOf(e.getValue())));
    }

    static QuickLogWords get() {
        return INSTANCE;
    }

    Optional<Channel> channel(String word) {
        return Optional.ofNullable(channels.get(ClientService.matchKey(word)));
    }

    Optional<Kind> clause(String word) {
        return Optional.ofNullable(clauses.get(ClientService.matchKey(word)));
    }

    /** The "by" words, in their matched form (lower case, no accents), longest first. */
    Map<String, List<Language>> byWords() {
        return byWords;
    }

    /** The channel words of the language on screen, for a message: "call, meeting, …". */
    static String channelHint() {
        List<String> out = new ArrayList<>();
        for (Channel c : Channel.values()) {
            out.add(shown(I18n.messages(), "quickLog.words." + Text.key(c)));
        }
        return String.join(", ", out);
    }

    static String clauseHint() {
        List<String> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            out.add(shown(I18n.messages(), "quickLog.words." + Text.key(k)) + ":");
        }
        return String.join(" ", out);
    }

    static String firstByWord() {
        return shown(I18n.messages(), "quickLog.words.by");
    }

    /** A key's first word as written, accents kept. */
    private static String shown(Messages m, String key) {
        return Text.clean(m.get(key).split(",")[0]);
    }

    private static List<String> words(Messages m, String key) {
        List<String> out = new ArrayList<>();
        for (String w : m.get(key).split(",")) {
            String clean = ClientService.matchKey(Text.clean(w));
            if (!clean.isEmpty()) {
                out.add(clean);
            }
        }
        return out;
    }
}
