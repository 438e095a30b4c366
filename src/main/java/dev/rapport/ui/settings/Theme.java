package dev.rapport.ui.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

import dev.rapport.i18n.I18n;
import dev.rapport.ui.common.WindowSheets;

import java.util.prefs.Preferences;

import javafx.application.Application;

/** Light or dark, per machine (a screen's choice, not the journal's), applied at once. */
public enum Theme {
    LIGHT("settings.theme.light"), DARK("settings.theme.dark");

    private static final Preferences PREFS = Preferences.userRoot().node(System.getProperty("rapport.preferences", "dev/rapport") + "/appearance");
    private final String key;

    Theme(String key) {
        this.key = key;
    }

    public String label() {
        return I18n.t(key);
    }

    public static Theme saved() {
        try {
            return valueOf(PREFS.get("theme", LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return LIGHT;
        }
    }

    /** The AtlantaFX theme's stylesheet, a resource path ("/atlantafx/base/theme/primer-light.css"). */
    public String stylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    /** Rapport's fixes to the theme's colours, for text contrast (a resource path). */
    public String colourFixes() {
        return this == DARK ? "/dev/rapport/ui/theme-dark.css" : "/dev/rapport/ui/theme-light.css";
    }

    /** The theme for every window; call on the FX thread. */
    public void apply() {
        Application.setUserAgentStylesheet(stylesheet());
        WindowSheets.use("theme", Theme.class.getResource(colourFixes()).toExternalForm());
    }

    public void applyAndSave() {
        apply();
        PREFS.put("theme", name());
    }
}
