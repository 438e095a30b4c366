package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalLocation;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.RapportException;
import dev.rapport.ui.settings.Theme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The part of a start that needs no JavaFX — the log and the language, the saved theme, the
 * journal opened (or the demo journal filled) — done on a thread of its own while the toolkit
 * starts, so the window's first frame does not wait for both in turn.
 */
final class StartPreparation {
    /**
     * What the window starts with: an open session, or an encrypted journal to unlock, or the reason
     * the journal could not be opened.
     *
     * @param demoFolder the throw-away folder of a demo journal, deleted on exit; else null
     */
    record Ready(Theme theme, JournalSession session, Path encrypted, Path demoFolder, RapportException failure) {
    }

    private final CompletableFuture<Ready> ready;

    private StartPreparation(CompletableFuture<Ready> ready) {
        this.ready = ready;
    }

    /**
     * Starts preparing at once on the thread "rapport-start".
     *
     * @param demo fills a throw-away demo journal, opened in place of {@code journal}; null opens {@code journal}
     */
    static StartPreparation begin(Path journal, DesktopTools.DemoContent demo, Runnable setUp) {
        CompletableFuture<Ready> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                setUp.run();
                future.complete(prepare(journal, demo));
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        }, "rapport-start");
        thread.setDaemon(true);
        thread.start();
        return new StartPreparation(future);
    }

    /** Waits for the preparation; an unexpected error comes out as it was thrown. */
    Ready await() {
        try {
            return ready.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static Ready prepare(Path journal, DesktopTools.DemoContent demo) {
        Theme theme = Theme.saved();
        try {
            if (demo != null) {
                DemoJournal made = DemoJournal.make(demo);
                return new Ready(theme, made.session(), null, made.folder(), null);
            }
            Path file = journal == null ? JournalLocation.defaultJournal() : journal;
            if (JournalSession.isEncrypted(file)) {
                return new Ready(theme, null, file, null, null);
            }
            return new Ready(theme, JournalSession.open(file), null, null, null);
        } catch (RapportException e) {
            return new Ready(theme, null, null, null, e);
        }
    }

    static Path demoFolder() {
        try {
            return Files.createTempDirectory("rapport-demo");
        } catch (IOException e) {
            throw new RapportException(I18n.t("app.demoFolderFailed", String.valueOf(e.getMessage())), e);
        }
    }
}
