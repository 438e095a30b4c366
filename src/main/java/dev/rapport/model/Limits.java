package dev.rapport.model;

/** Upper bounds on what one field may hold, so a pasted 5 MB log cannot swamp the journal. */
public final class Limits {
    public static final int NAME = 200;
    public static final int SHORT_TEXT = 320;
    public static final int LONG_TEXT = 100_000;
    public static final int TAGS = 20;
    public static final int RHYTHM_MAX_DAYS = 3650;

    private Limits() {
    }
}
