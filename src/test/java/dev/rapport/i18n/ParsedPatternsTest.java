package dev.rapport.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Messages parses each pattern once and formats with a copy; every text must read exactly as a
 * freshly parsed MessageFormat gives it, in every language, for every count's plural form.
 */
class ParsedPatternsTest {
    private static final Path FOLDER = Path.of("src/main/resources/dev/rapport/i18n");
    private static final long[] COUNTS = {0, 1, 2, 3, 4, 5, 9, 10, 11, 12, 14, 15, 19, 20, 21, 22, 25, 101, 111, 112, 120, 1000, 1001, 1234, 21_022};

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyTextWithArgumentsReadsAsAFreshlyParsedPattern(Language language) throws IOException {
        Messages messages = Messages.of(language);
        Properties patterns = patterns(language);
        Object[] args = {1234L, "Acme", "2026-12-04", 21L, "x"};
        int checked = 0;
        for (String key : patterns.stringPropertyNames()) {
            String pattern = patterns.getProperty(key);
            if (!pattern.contains("{")) {
                continue;
            }
            String fresh;
            try {
                fresh = new MessageFormat(pattern, language.locale()).format(args);
            } catch (IllegalArgumentException notAMessagePattern) {   // e.g. the command line's ${DEFAULT-VALUE}
                assertThatThrownBy(() -> messages.get(key, args)).as(key).isInstanceOf(IllegalArgumentException.class);
                continue;
            }
            assertThat(messages.get(key, args)).as(key).isEqualTo(fresh);
            assertThat(messages.get(key, args)).as(key + ", asked again").isEqualTo(fresh);
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCountedPhraseTakesTheLanguagesPluralFormAsBefore(Language language) throws IOException {
        Messages messages = Messages.of(language);
        Properties patterns = patterns(language);
        List<String> counted = patterns.stringPropertyNames().stream().filter(k -> k.endsWith(".one"))
                .map(k -> k.substring(0, k.length() - ".one".length())).toList();
        assertThat(counted).contains("today.detail.dueLate", "today.title.noContact");
        for (String key : counted) {
            for (long n : COUNTS) {
                String pattern = patterns.getProperty(key + "." + Plural.of(language, n).key());
                String fresh = new MessageFormat(pattern, language.locale()).format(new Object[]{n, "2026-12-04"});
                assertThat(messages.plural(key, n, "2026-12-04")).as(key + " " + n).isEqualTo(fresh);
            }
        }
    }

    @Test
    void theSamePatternFormatsRightFromManyThreadsAtOnce() throws Exception {
        Messages messages = Messages.of(Language.UKRAINIAN);
        Properties patterns = patterns(Language.UKRAINIAN);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (long n = 0; n < 2_000; n++) {
                        String text = messages.plural("today.detail.dueLate", n, "2026-12-04");
                        String fresh = new MessageFormat(patterns.getProperty("today.detail.dueLate." + Plural.of(Language.UKRAINIAN, n).key()),
                                Language.UKRAINIAN.locale()).format(new Object[]{n, "2026-12-04"});
                        if (!text.equals(fresh)) {
                            wrong.add(text + " ≠ " + fresh);
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> r : results) {
                assertThat(r.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The language's own patterns, each bundle's file read as ResourceBundle reads it (UTF-8). */
    private static Properties patterns(Language language) throws IOException {
        String suffix = language == Language.ENGLISH ? ".properties" : "_" + language.code() + ".properties";
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> isBundleOf(f.getFileName().toString(), language, suffix)).toList()) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    all.load(r);
                }
            }
        }
        return all;
    }

    private static boolean isBundleOf(String name, Language language, String suffix) {
        if (language != Language.ENGLISH) {
            return name.endsWith(suffix);
        }
        return name.endsWith(".properties") && !name.contains("_");
    }
}
