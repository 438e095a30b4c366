package dev.rapport.model;

/**
 * One item of the relationship checklist (DOMAIN §1). Built-in items have a code; the
 * consultant may reword any prompt and switch items off, and add own items (code null).
 */
public record ChecklistItem(long id, String code, ItemKind kind, String name, String meaning, String prompt,
                            boolean active, int position) {

    public ChecklistItem {
        kind = kind == null ? ItemKind.OWN : kind;
        name = Check.required("name", "Item name", name, Limits.NAME);
        meaning = Check.limit("meaning", "Meaning", meaning, Limits.SHORT_TEXT * 2);
        prompt = Check.required("prompt", "Prompt", prompt, Limits.SHORT_TEXT);
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

    public ChecklistItem withId(long newId, int newPosition) {
        return new ChecklistItem(newId, code, kind, name, meaning, prompt, active, newPosition);
    }
}
