package dev.rapport.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of one language. A key's first part names its bundle: {@code today.title} lives in
 * {@code dev/rapport/i18n/today.properties} (English) and {@code today_uk.properties} etc., so
 * each area of the app keeps its own files. A key a language lacks falls back to English; a key
 * English lacks shows as itself, which the bundle tests and the raw-key UI test catch.
 */
public final class Messages {
    private static final String FOLDER = "dev.rapport.i18n.";
    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<Language, Messages> CACHE = new ConcurrentHashMap<>();

    private final Language language;
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(Language language) {
        this.language = language;
    }

    public static Messages of(Language language) {
        return CACHE.computeIfAbsent(language, Messages::new);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** The text of a key, with {0}, {1}… filled in the language's number and date style. */
    public String get(String key, Object... args) {
        String pattern = pattern(key);
        if (pattern == null) {
            return key;
        }
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        return oneFullStop(format(key, pattern).format(args));
    }

    /**
     * A sentence that ends on an abbreviated date ("… 1 лют. 2026 р.") takes no second full stop;
     * an ellipsis stays as it is.
     */
    private static String oneFullStop(String text) {
        return text.indexOf("..") < 0 ? text : text.replaceAll("(?<=\\p{L})\\.\\.(?!\\.)", ".");
    }

    /**
     * The key's pattern, parsed once: parsing costs far more than formatting, and a view such as
     * Today formats thousands of texts. MessageFormat is not thread-safe, so each use gets a copy.
     */
    private MessageFormat format(String key, String pattern) {
        return (MessageFormat) formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale())).clone();
    }

    /**
     * A counted phrase: looks up {@code key.one}, {@code key.few}, {@code key.many} or
     * {@code key.other} by the language's plural rule; {0} is the number, {1}… the extra arguments.
     */
    public String plural(String key, long count, Object... extra) {
        Object[] args = new Object[extra.length + 1];
        args[0] = count;
        System.arraycopy(extra, 0, args, 1, extra.length);
        return get(key + "." + Plural.of(language, count).key(), args);
    }

    public boolean has(String key) {
        return pattern(key) != null;
    }

    private String pattern(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        ResourceBundle bundle = bundle(key.substring(0, dot));
        if (bundle == null) {
            return null;
        }
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private ResourceBundle bundle(String area) {
        ResourceBundle cached = bundles.get(area);
        if (cached != null) {
            return cached;
        }
        try {
            ResourceBundle loaded = ResourceBundle.getBundle(FOLDER + area, locale(), Messages.class.getClassLoader(),
                    NO_SYSTEM_FALLBACK);
            bundles.put(area, loaded);
            return loaded;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
