package dev.rapport.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle English has exists in every language with the same keys (plural keys with the
 * language's own categories), no empty text, and the same {n} placeholders as English.
 */
class BundleCompletenessTest {
    private static final Path FOLDER = Path.of("src/main/resources/dev/rapport/i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Set<String> PLURAL_SUFFIXES = Set.of("one", "few", "many", "other");

    @Test
    void everyLanguageHasEveryKeyEnglishHas() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> areas = englishBundles();
        assertThat(areas).contains("common");
        for (String area : areas) {
            Properties english = load(FOLDER.resolve(area + ".properties"));
            for (String key : english.stringPropertyNames()) {
                if (!key.startsWith(area + ".")) {
                    problems.add(area + ".properties: key " + key + " does not start with '" + area + ".'");
                }
            }
            for (Language language : Language.values()) {
                if (language == Language.ENGLISH) {
                    continue;
                }
                Path file = FOLDER.resolve(area + "_" + language.code() + ".properties");
                if (!Files.exists(file)) {
                    problems.add("missing file " + file.getFileName());
                    continue;
                }
                compare(area, english, language, load(file), problems);
            }
        }
        assertThat(problems).as("bundle problems").isEmpty();
    }

    private static void compare(String area, Properties english, Language language, Properties translated,
                                List<String> problems) {
        String file = area + "_" + language.code() + ".properties";
        Set<String> expected = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String base = pluralBase(key, english);
            if (base == null) {
                expected.add(key);
            } else {
                Plural.categories(language).forEach(c -> expected.add(base + "." + c.key()));
            }
        }
        for (String key : expected) {
            String text = translated.getProperty(key);
            if (text == null) {
                problems.add(file + ": missing " + key);
            } else if (text.isBlank()) {
                problems.add(file + ": empty " + key);
            } else {
                String englishKey = english.containsKey(key) ? key : pluralBase(key) + ".other";
                String englishText = english.getProperty(englishKey, english.getProperty(pluralBase(key) + ".one", ""));
                if (!placeholders(text).equals(placeholders(englishText))) {
                    problems.add(file + ": " + key + " has placeholders " + placeholders(text)
                            + " but English has " + placeholders(englishText));
                }
            }
        }
        for (String key : translated.stringPropertyNames()) {
            if (!expected.contains(key)) {
                problems.add(file + ": unknown key " + key);
            }
        }
    }

    /** The base of a plural key ("common.inDays" of "common.inDays.one"), if English has it as plural. */
    private static String pluralBase(String key, Properties english) {
        String base = pluralBase(key);
        return base != null && english.containsKey(base + ".one") && english.containsKey(base + ".other") ? base : null;
    }

    private static String pluralBase(String key) {
        int dot = key.lastIndexOf('.');
        return dot > 0 && PLURAL_SUFFIXES.contains(key.substring(dot + 1)) ? key.substring(0, dot) : null;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<String> englishBundles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
