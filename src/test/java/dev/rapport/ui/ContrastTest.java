package dev.rapport.ui;

import dev.rapport.ui.settings.Theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text meets WCAG 2.2 AA contrast (4.5:1) in both themes. Colours are read from the stylesheets
 * themselves: AtlantaFX's theme (its looked-up colours, such as -color-fg-muted, and the rules for
 * the text styles the app uses) and rapport.css, each of whose rules that colours text is measured
 * against the background it sits on — the same rule's, an enclosing rule's (".row:overdue" for
 * ".row:overdue .cell"), or else each surface the app lays text on. A see-through colour is
 * blended onto what lies beneath, as it is drawn.
 */
class ContrastTest {
    private static final double AA = 4.5;
    /** The surfaces text sits on: pages and sheets, cards and the rail, a focused row. */
    private static final List<String> SURFACES = List.of("-color-bg-default", "-color-bg-subtle", "-color-accent-subtle");
    /** AtlantaFX's text styles the app uses (Styles.TEXT_MUTED, DANGER, …), as selector and property. */
    private static final Map<String, String> THEME_TEXT_STYLES = new LinkedHashMap<>();

    static {
        THEME_TEXT_STYLES.put(".label", "-fx-text-fill");
        THEME_TEXT_STYLES.put(".label.text-muted", "-fx-text-fill");
        THEME_TEXT_STYLES.put(".label.accent", "-fx-text-fill");
        THEME_TEXT_STYLES.put(".label.success", "-fx-text-fill");
        THEME_TEXT_STYLES.put(".label.warning", "-fx-text-fill");
        THEME_TEXT_STYLES.put(".label.danger", "-fx-text-fill");
        THEME_TEXT_STYLES.put(".hyperlink", "-color-link-fg");
    }

    /** Selectors of rapport.css whose colours fill shapes or pictures, not text, or paint under a picture. */
    private static final List<String> NOT_TEXT = List.of(".rhythm-mark", ".heat-", ".summary-page", ".empty-icon", ".ikonli-font-icon");

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextStyleMeetsAaContrast(Theme theme) {
        Css atlanta = Css.parse(read(theme.stylesheet()));
        Css app = Css.parse(read("/dev/rapport/ui/rapport.css"));
        Map<String, String> lookups = new LinkedHashMap<>(atlanta.block(".root"));
        lookups.putAll(Css.parse(read(theme.colourFixes())).block(".root")); // Rapport's fixes, on every window after the theme
        List<String> failures = new ArrayList<>();
        List<String> measured = new ArrayList<>();

        for (var style : THEME_TEXT_STYLES.entrySet()) {
            String fg = atlanta.block(style.getKey()).get(style.getValue());
            assertThat(fg).as("AtlantaFX defines %s in %s", style.getValue(), style.getKey()).isNotNull();
            for (String surface : SURFACES) {
                check(theme + " " + style.getKey() + " on " + surface, fg, surface, lookups, failures, measured);
            }
        }
        // a text field's hint sits on the field's own fill, whatever the surface around it
        String input = atlanta.block(".text-input").get("-color-input-bg");
        check(theme + " .text-input prompt on " + input, atlanta.block(".text-input").get("-fx-prompt-text-fill"), input, lookups,
                failures, measured);
        Map<String, String> backgrounds = new LinkedHashMap<>();
        app.rules.forEach((selector, body) -> {
            String bg = body.getOrDefault("-fx-background-color", body.get("-fx-control-inner-background"));
            if (bg != null && !isTransparent(last(bg), lookups) && NOT_TEXT.stream().noneMatch(selector::contains)) {
                backgrounds.put(selector, last(bg));
            }
        });
        app.rules.forEach((selector, body) -> {
            if (NOT_TEXT.stream().anyMatch(selector::contains)) {
                return;
            }
            String fg = body.containsKey("-fx-text-fill") ? body.get("-fx-text-fill") : body.get("-fx-fill");
            String own = backgrounds.get(selector);
            String enclosing = backgrounds.entrySet().stream().filter(b -> selector.startsWith(b.getKey() + " "))
                    .map(Map.Entry::getValue).reduce((a, b) -> b).orElse(null);
            List<String> under = own != null ? List.of(own) : enclosing != null ? List.of(enclosing) : fg != null ? SURFACES : List.of();
            // a background with no text colour of its own holds ordinary and muted text; a hovered button keeps its own text colour
            List<String> texts = fg != null ? List.of(fg)
                    : selector.contains(":hover") ? List.of("-color-fg-default") : List.of("-color-fg-default", "-color-fg-muted");
            for (String text : texts) {
                for (String bg : under) {
                    check(theme + " rapport.css " + selector + ": " + text + " on " + bg, text, bg, lookups, failures, measured);
                }
            }
        });
        assertThat(measured).as("text styles measured").hasSizeGreaterThan(30);
        assertThat(failures).as("text under %.1f:1 contrast", AA).isEmpty();
    }

    /** The formula itself, on WCAG's own examples: black on white is 21:1, a colour on itself 1:1, #777 on white just under 4.5. */
    @Test
    void theRatioFollowsWcag() {
        assertThat(ratio(rgb("#000000"), rgb("#ffffff"))).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ratio(rgb("#0969da"), rgb("#0969da"))).isEqualTo(1.0, org.assertj.core.data.Offset.offset(0.001));
        assertThat(ratio(rgb("#777777"), rgb("#ffffff"))).isBetween(4.4, 4.5);
        assertThat(ratio(rgb("#767676"), rgb("#ffffff"))).isGreaterThanOrEqualTo(4.5);
    }

    private static void check(String what, String fg, String bg, Map<String, String> lookups, List<String> failures, List<String> measured) {
        double[] base = colour("-color-bg-default", lookups, null);
        double[] back = colour(bg, lookups, base);
        double[] front = colour(fg, lookups, back);
        double r = ratio(front, back);
        measured.add(what);
        if (r < AA) {
            failures.add(String.format(Locale.ROOT, "%s: %.2f:1", what, r));
        }
    }

    private static boolean isTransparent(String value, Map<String, String> lookups) {
        String v = resolve(value, lookups);
        return v.equals("transparent") || v.matches("rgba\\(.*,\\s*0(\\.0+)?\\)");
    }

    private static String last(String layers) {
        String[] parts = layers.split(",(?![^(]*\\))");
        return parts[parts.length - 1].strip();
    }

    private static String resolve(String value, Map<String, String> lookups) {
        String v = value.strip();
        for (int i = 0; i < 10 && v.startsWith("-"); i++) {
            String next = lookups.get(v);
            assertThat(next).as("looked-up colour %s", v).isNotNull();
            v = next.strip();
        }
        return v;
    }

    /** A colour as linear-light-free sRGB 0–1; a see-through one blended onto {@code under}. */
    private static double[] colour(String value, Map<String, String> lookups, double[] under) {
        String v = resolve(value, lookups).toLowerCase(Locale.ROOT);
        Matcher m = Pattern.compile("rgba?\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*(?:,\\s*([\\d.]+)\\s*)?\\)").matcher(v);
        double[] c;
        double alpha = 1;
        if (m.matches()) {
            c = new double[]{Integer.parseInt(m.group(1)) / 255.0, Integer.parseInt(m.group(2)) / 255.0, Integer.parseInt(m.group(3)) / 255.0};
            alpha = m.group(4) == null ? 1 : Double.parseDouble(m.group(4));
        } else if (v.equals("white")) {
            c = new double[]{1, 1, 1};
        } else if (v.equals("black")) {
            c = new double[]{0, 0, 0};
        } else {
            c = rgb(v);
        }
        if (alpha < 1) {
            assertThat(under).as("what lies under the see-through %s", value).isNotNull();
            for (int i = 0; i < 3; i++) {
                c[i] = c[i] * alpha + under[i] * (1 - alpha);
            }
        }
        return c;
    }

    private static double[] rgb(String hex) {
        assertThat(hex).as("a colour").matches("#[0-9a-fA-F]{6}");
        int n = Integer.parseInt(hex.substring(1), 16);
        return new double[]{(n >> 16 & 255) / 255.0, (n >> 8 & 255) / 255.0, (n & 255) / 255.0};
    }

    /** WCAG 2.x contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances. */
    static double ratio(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] c) {
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            lin[i] = c[i] <= 0.04045 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }

    private static String read(String resource) {
        try (InputStream in = ContrastTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(resource, e);
        }
    }

    /** A stylesheet as selector → its declarations; a rule with several selectors counts for each. */
    private record Css(Map<String, Map<String, String>> rules) {
        static Css parse(String text) {
            String css = text.replaceAll("(?s)/\\*.*?\\*/", "");
            Map<String, Map<String, String>> rules = new LinkedHashMap<>();
            Matcher m = Pattern.compile("([^{}]+)\\{([^{}]*)\\}").matcher(css);
            while (m.find()) {
                Map<String, String> body = new LinkedHashMap<>();
                for (String declaration : m.group(2).split(";")) {
                    int colon = declaration.indexOf(':');
                    if (colon > 0) {
                        body.put(declaration.substring(0, colon).strip(), declaration.substring(colon + 1).strip());
                    }
                }
                for (String selector : m.group(1).split(",")) {
                    rules.computeIfAbsent(selector.strip().replaceAll("\\s+", " "), s -> new LinkedHashMap<>()).putAll(body);
                }
            }
            return new Css(rules);
        }

        Map<String, String> block(String selector) {
            return rules.getOrDefault(selector, Map.of());
        }
    }
}
