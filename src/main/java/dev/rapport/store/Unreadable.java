package dev.rapport.store;

import dev.rapport.i18n.I18n;

import java.nio.charset.CharacterCodingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a file could not be read, in the user's words: the reading libraries' own texts (commons-csv's
 * "(startline 3) EOF reached before encapsulated token finished", Jackson's StreamReadConstraints
 * limits, class names) are logged, never shown; the sentence names the line where the library knows it.
 */
public final class Unreadable {
    private static final Pattern LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)|line: (\\d+)|line (\\d+)", Pattern.CASE_INSENSITIVE);

    private Unreadable() {
    }

    /** One sentence for a failure to read an import file. */
    public static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException c) {
                return I18n.t("imports.reason.tooLarge", line(c));
            }
            if (t instanceof CharacterCodingException) {
                return I18n.t("imports.reason.notUtf8");
            }
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
                return I18n.t("imports.reason.notJson", line(j));
            }
        }
        String text = String.valueOf(e.getMessage());
        Matcher m = LINE.matcher(text);
        if (text.contains("encapsulated token") || text.contains("EOF reached") || text.contains("invalid char")) {
            return I18n.t("imports.reason.quotes", m.find() ? firstGroup(m) : "?");
        }
        if (text.contains("duplicate name") || text.contains("header")) {
            return I18n.t("imports.reason.header");
        }
        // a file-system message (no such file, access denied) reads well as it is; a class name never does
        return text.replaceAll("(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error):?\\s*", "").strip();
    }

    private static String line(com.fasterxml.jackson.core.JsonProcessingException e) {
        return e.getLocation() == null ? "?" : Long.toString(e.getLocation().getLineNr());
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "?";
    }
}
