package dev.rapport.model;

/** How an interaction took place, or how a contact prefers to be reached. */
public enum Channel {
    MEETING, CALL, VIDEO, EMAIL, CHAT, OTHER;

    public String label() {
        return Text.capitalise(name());
    }
}
