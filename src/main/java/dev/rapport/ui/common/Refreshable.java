package dev.rapport.ui.common;

import dev.rapport.logic.JournalChanges.Kind;

import java.util.EnumSet;
import java.util.Set;

/**
 * A screen that follows the journal's change notice: the frame calls {@link #reload()} when a
 * committed write changed one of the kinds of things the screen {@link #shows()}.
 */
public interface Refreshable {
    void reload();

    /** What this screen shows; a change to anything else leaves it as it is. */
    default Set<Kind> shows() {
        return EnumSet.allOf(Kind.class);
    }
}
