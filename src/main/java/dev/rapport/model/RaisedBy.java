package dev.rapport.model;

/** Who raised a problem. */
public enum RaisedBy {
    CONSULTANT, CLIENT;

    public String label() {
        return Text.capitalise(name());
    }
}
