package dev.rapport.ui.common;

/**
 * A sentence a view-model has for the status line, with the undo of what was just done when there
 * is one (else null). Each is its own value, so the same words said twice are heard twice.
 */
public final class Said {
    private final String text;
    private final Runnable undo;

    private Said(String text, Runnable undo) {
        this.text = text;
        this.undo = undo;
    }

    public static Said of(String text) {
        return new Said(text, null);
    }

    public static Said withUndo(String text, Runnable undo) {
        return new Said(text, undo);
    }

    public String text() {
        return text;
    }

    public Runnable undo() {
        return undo;
    }

    /** Puts it on the status line, with its Undo button when it has an undo. */
    public void tell(StatusLine status) {
        if (undo == null) {
            status.say(text);
        } else {
            status.sayWithUndo(text, undo);
        }
    }
}
