package dev.rapport.model;

public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String label() {
        return Text.capitalise(name());
    }
}
