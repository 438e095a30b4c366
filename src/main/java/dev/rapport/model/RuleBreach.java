package dev.rapport.model;

/**
 * A row already in a journal that breaks a domain rule (written before the journal held its rules,
 * or by another tool): its table, its key, the client it belongs to (when it has one), the field
 * and the rule's message in the user's language.
 */
public record RuleBreach(String table, String key, String client, String field, String problem) {
}
