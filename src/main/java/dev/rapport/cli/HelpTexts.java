package dev.rapport.cli;

import dev.rapport.i18n.I18n;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The usage help in the current language: picocli asks a resource bundle for each command's
 * description and each option's, by keys like {@code rapport.search.json} (or just {@code json}
 * for the same text everywhere); this bundle answers from the {@code cli} area, where those keys
 * read {@code cli.help.search.json} and {@code cli.help.json}. The annotations keep the English
 * text as the fallback; option names, exit codes and JSON never change with the language.
 */
final class HelpTexts extends ResourceBundle {
    private static final String AREA = "cli.help.";
    private static final List<String> SECTIONS = List.of("usage.description", "usage.footer", "usage.synopsisHeading",
            "usage.commandListHeading");

    /** picocli's key → ours. */
    private final Map<String, String> keys = new LinkedHashMap<>();

    private HelpTexts(CommandSpec root) {
        collect(root);
    }

    static void install(CommandLine cli) {
        cli.setResourceBundle(new HelpTexts(cli.getCommandSpec()));
    }

    private void collect(CommandSpec command) {
        String qualified = command.qualifiedName(".");
        for (String section : SECTIONS) {
            offer(qualified + "." + section);
            offer(section);
            for (int line = 0; offer(qualified + "." + section + "." + line); line++) {
                // a text of several lines: usage.description.0, .1, …
            }
        }
        for (OptionSpec option : command.options()) {
            for (String name : new String[]{option.descriptionKey(), bare(option.longestName())}) {
                if (!name.isEmpty()) {
                    offer(qualified + "." + name);
                    offer(name);
                }
            }
        }
        for (ArgSpec positional : command.positionalParameters()) {
            String name = positional.descriptionKey();
            if (!name.isEmpty()) {
                offer(qualified + "." + name);
            }
        }
        for (CommandLine sub : command.subcommands().values()) {
            collect(sub.getCommandSpec());
        }
    }

    /** Takes picocli's key when the cli area has a text for it. */
    private boolean offer(String picocliKey) {
        String ours = AREA + ours(picocliKey);
        if (I18n.messages().has(ours)) {
            keys.putIfAbsent(picocliKey, ours);
            return true;
        }
        return false;
    }

    /** "rapport.import.dry-run" → "import.dryRun"; the root command's own keys keep "rapport.". */
    static String ours(String picocliKey) {
        String key = picocliKey.replace("mixinStandardHelpOptions.", "");
        if (key.startsWith("rapport.") && key.indexOf('.', "rapport.".length()) > 0
                && !key.startsWith("rapport.usage.")) {
            key = key.substring("rapport.".length());
        }
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    private static String bare(String optionName) {
        return optionName.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    }

    @Override
    protected Object handleGetObject(String key) {
        String ours = keys.get(key);
        return ours == null ? null : I18n.t(ours);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(keys.keySet());
    }
}
