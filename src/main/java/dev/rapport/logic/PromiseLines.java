package dev.rapport.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Finds the sentences in an entry that sound like a promise ("I will…", "We'll…"), so they can become one (UI.md). */
public final class PromiseLines {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\R");
    private static final List<String> STARTS = List.of("i will ", "i'll ", "i’ll ", "we will ", "we'll ", "we’ll ");

    private PromiseLines() {
    }

    public static List<String> find(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String s : SENTENCE_END.split(text)) {
            String sentence = s.strip().replaceFirst("^[-*•]\\s*", "");
            String lower = sentence.toLowerCase(Locale.ROOT);
            if (STARTS.stream().anyMatch(lower::startsWith)) {
                out.add(sentence);
            }
        }
        return out;
    }
}
