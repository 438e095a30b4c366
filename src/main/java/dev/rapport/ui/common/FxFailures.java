package dev.rapport.ui.common;

import dev.rapport.i18n.I18n;

import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the window says when code on the FX thread fails unexpectedly: the failure goes to the log
 * and the user reads one sentence in their language, not a stack trace. Its sentences are built
 * up front, so that running out of memory needs no memory to say so.
 */
public final class FxFailures implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(FxFailures.class.getName());
    private final Consumer<String> say;
    private final String unexpected = I18n.t("common.failed.unexpected");
    private final String outOfMemory = I18n.t("common.failed.outOfMemory");

    public FxFailures(Consumer<String> say) {
        this.say = say;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        try {
            LOG.log(Level.SEVERE, "Unexpected failure on " + thread.getName(), failure);
        } catch (Throwable loggingFailed) {
            // out of memory, logging itself may fail: the user is still told, which matters more
        }
        say.accept(failure instanceof OutOfMemoryError ? outOfMemory : unexpected);
    }
}
