package dev.rapport.model;

import dev.rapport.i18n.Language;
import dev.rapport.i18n.Messages;

import java.util.Locale;

/**
 * One item of the relationship checklist (DOMAIN §1). Built-in items have a code; the
 * consultant may reword any prompt and switch items off, and add own items (code null).
 * A built-in item's name, meaning and prompt speak the chosen language until the consultant
 * rewords them ({@link #inLanguage}); reworded text stays as typed.
 */
public record ChecklistItem(long id, String code, ItemKind kind, String name, String meaning, String prompt,
                            boolean active, int position) {

    public ChecklistItem {
        kind = kind == null ? ItemKind.OWN : kind;
        name = Check.required("name", "itemName", name, Limits.NAME);
        meaning = Check.limit("meaning", "meaning", meaning, Limits.SHORT_TEXT * 2);
        prompt = Check.required("prompt", "prompt", prompt, Limits.SHORT_TEXT);
    }

    public static ChecklistItem own(String name, String prompt) {
        return new ChecklistItem(0, null, ItemKind.OWN, name, "", prompt, true, 0);
    }

    public ChecklistItem withPrompt(String newPrompt) {
        return new ChecklistItem(id, code, kind, name, meaning, newPrompt, active, position);
    }

    public ChecklistItem withActive(boolean value) {
        return new ChecklistItem(id, code, kind, name, meaning, prompt, value, position);
    }

    /**
     * The item as shown in a language: each built-in text still at its default (in any language,
     * so a journal seeded in English follows the language chosen later) comes from the bundle
     * {@code checklist.item.CODE.name|meaning|prompt}; an own item and reworded texts stay as they are.
     */
    public ChecklistItem inLanguage(Messages language) {
        if (code == null) {
            return this;
        }
        return new ChecklistItem(id, code, kind, shown("name", name, language), shown("meaning", meaning, language),
                shown("prompt", prompt, language), active, position);
    }

    /**
     * The item as stored: a built-in text left at a default (in whichever language it was shown)
     * is stored as the English default, so it keeps following the language; reworded text as typed.
     */
    public ChecklistItem forStorage() {
        return inLanguage(Messages.of(Language.ENGLISH));
    }

    private String shown(String part, String text, Messages language) {
        return isDefault(part, text) ? language.get(key(part)) : text;
    }

    private boolean isDefault(String part, String text) {
        if (code == null || !Messages.of(Language.ENGLISH).has(key(part))) {
            return false;
        }
        for (Language l : Language.values()) {
            if (Messages.of(l).get(key(part)).equals(text)) {
                return true;
            }
        }
        return false;
    }

    private String key(String part) {
        return "checklist.item." + code.toLowerCase(Locale.ROOT) + "." + part;
    }

    public ChecklistItem withId(long newId, int newPosition) {
        return new ChecklistItem(newId, code, kind, name, meaning, prompt, active, newPosition);
    }
}
