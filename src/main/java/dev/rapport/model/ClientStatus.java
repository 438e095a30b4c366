package dev.rapport.model;

public enum ClientStatus {
    ACTIVE, PAUSED, FORMER;

    public String label() {
        return Text.capitalise(name());
    }
}
