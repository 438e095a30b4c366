package dev.rapport.store;

import dev.rapport.i18n.I18n;

/**
 * What SQLite refused, in the user's words: the journal's own rules (schema 9 triggers raise
 * {@code rapport-rule: KEY}) and its uniqueness, so "UNIQUE constraint failed" never reaches anyone.
 */
final class SqlRefusals {
    private static final String RULE = "rapport-rule: ";

    private SqlRefusals() {
    }

    /** The message of a broken rule of the journal, or null when {@code sqliteMessage} is not one. */
    static String rule(String sqliteMessage) {
        int at = sqliteMessage == null ? -1 : sqliteMessage.indexOf(RULE);
        if (at < 0) {
            return null;
        }
        String key = sqliteMessage.substring(at + RULE.length()).replaceAll("[^A-Za-z0-9.].*$", "");
        return I18n.t(key);
    }

    /** The fields a uniqueness refusal names ("name", "contact_id, tag"), or null when it is not one. */
    static String uniqueColumns(String sqliteMessage) {
        int at = sqliteMessage == null ? -1 : sqliteMessage.indexOf("UNIQUE constraint failed: ");
        if (at < 0) {
            return null;
        }
        return sqliteMessage.substring(at + "UNIQUE constraint failed: ".length()).replaceAll("\\).*$", "")
                .replaceAll("\\b\\w+\\.", "").strip();
    }

    /** A sentence for a refused write outside an import, or null when it is none of the journal's refusals. */
    static String describe(String sqliteMessage) {
        String rule = rule(sqliteMessage);
        if (rule != null) {
            return I18n.t("data.store.refused", rule);
        }
        String unique = uniqueColumns(sqliteMessage);
        if (unique != null) {
            return I18n.t("data.store.unique", unique);
        }
        return null;
    }
}
