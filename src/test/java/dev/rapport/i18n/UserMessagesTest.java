package dev.rapport.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message a user may read comes from the bundles, so it is in the user's language: no
 * exception the app shows is built from an English string literal in the code.
 */
class UserMessagesTest {
    private static final Path SOURCES = Path.of("src/main/java");

    /** A user-facing exception whose message starts with a string literal. */
    private static final Pattern LITERAL_MESSAGE = Pattern.compile(
            "new\\s+(?:RapportException|DumpException)\\(\\s*\""
                    + "|new\\s+(?:ValidationException|JournalOpenException)\\(\\s*[^,()]+,\\s*\"");

    /** File, and the start of the literal, of the few allowed: each with the reason. */
    private static final Map<String, String> ALLOWED = Map.of();

    @Test
    void noUserFacingExceptionIsAnEnglishLiteral() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                Matcher m = LITERAL_MESSAGE.matcher(text);
                while (m.find()) {
                    String literal = text.substring(m.end(), text.indexOf('"', m.end()));
                    if (ALLOWED.keySet().stream().noneMatch(a -> (name + "|" + literal).startsWith(a))) {
                        found.add(name + ":" + line(text, m.start()) + " \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(found).as("messages to move to the bundles (I18n.t) with lt, ro, ru and uk translations").isEmpty();
    }

    @Test
    void theGuardSeesALiteralMessage() {
        assertThat(LITERAL_MESSAGE.matcher("throw new RapportException(\"Nothing was saved\");").find()).isTrue();
        assertThat(LITERAL_MESSAGE.matcher("throw new ValidationException(\"client\",\n \"Client must be chosen.\");").find()).isTrue();
        assertThat(LITERAL_MESSAGE.matcher("throw new ValidationException(\"client\", I18n.t(\"validation.clientMissing\"));").find())
                .isFalse();
        assertThat(LITERAL_MESSAGE.matcher("throw new RapportException(I18n.t(\"files.pdfFailed\"), e);").find()).isFalse();
    }

    private static int line(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
