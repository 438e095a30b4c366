package dev.rapport.ui.common;

import dev.rapport.logic.JournalSession;

import java.util.function.Consumer;

/**
 * A sheet's view-model: its journal reads run off the FX thread through {@link Background}, their
 * results come back to the sheet and their failures go to where the sheet tells them.
 */
public abstract class SheetModel {
    protected final JournalSession session;
    protected final Background background;
    protected final Consumer<Throwable> failed;

    protected SheetModel(JournalSession session, Background background, Consumer<Throwable> failed) {
        this.session = session;
        this.background = background;
        this.failed = failed;
    }
}
