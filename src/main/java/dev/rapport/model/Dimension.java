package dev.rapport.model;

/** The dimension in which a kept promise exceeded what was expected (DOMAIN §2); OTHER is named. */
public enum Dimension {
    TIME, QUALITY, DESIGN, OTHER;

    public String label() {
        return Text.capitalise(name());
    }
}
