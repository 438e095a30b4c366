package dev.rapport.tools;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Interaction;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Form;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;

/**
 * How long the window stops answering while an entry is saved (bench only): the longest time the
 * FX thread leaves a probe waiting while a sheet saves an entry the way the window does
 * ({@link Form#save} on the app's one journal thread). A probe thread posts a task to the FX
 * thread every 2 ms and notes how long each waited; a save's figure is the longest wait from the
 * Save until the sheet has its answer. For comparison, the same save run on the FX thread itself,
 * as every sheet did before. Needs a display (or Monocle); without one it measures nothing.
 */
public final class SaveStall {
    private static final Logger LOG = Logger.getLogger(SaveStall.class.getName());
    private static final long PROBE_EVERY_MS = 2;

    /** Per save, the longest wait of the FX thread in ms, sorted: off the FX thread (the window's way) and on it (the old way). */
    public record Stalls(double[] offFxThread, double[] onFxThread) {
    }

    private SaveStall() {
    }

    /**
     * Saves {@code saves} entries for the client into the open (encrypted) journal, each measured;
     * null when no JavaFX toolkit can start here. Stops the toolkit after, so call it once per JVM.
     */
    public static Stalls measure(JournalSession session, long clientId, int saves) throws InterruptedException {
        if (!startToolkit()) {
            return null;
        }
        Background background = Background.singleThread();
        try {
            save(session, clientId, background, false);
            double[] off = new double[saves];
            double[] on = new double[saves];
            for (int i = 0; i < saves; i++) {
                off[i] = longestWait(() -> save(session, clientId, background, false));
                on[i] = longestWait(() -> save(session, clientId, background, true));
            }
            Arrays.sort(off);
            Arrays.sort(on);
            return new Stalls(off, on);
        } finally {
            Platform.exit();
        }
    }

    private static boolean startToolkit() {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
            Platform.setImplicitExit(false);
            return started.await(30, TimeUnit.SECONDS);
        } catch (IllegalStateException alreadyRunning) {
            return true;
        } catch (RuntimeException | InterruptedException | UnsatisfiedLinkError noDisplay) {
            LOG.log(Level.WARNING, "No JavaFX toolkit here (no display?): the FX-thread stall of a save is not measured", noDisplay);
            return false;
        }
    }

    private interface Save {
        void run() throws InterruptedException;
    }

    /** Saves one entry through a sheet, off the FX thread or on it, and returns once the sheet has its answer. */
    private static void save(JournalSession session, long clientId, Background background, boolean onFxThread)
            throws InterruptedException {
        CountDownLatch answered = new CountDownLatch(1);
        Interaction entry = new Interaction(0, clientId, LocalDateTime.now().withNano(0), Channel.CALL, "Bench: saved from a sheet",
                "Measured for the FX thread's longest stall.", "", List.of(), null, List.of());
        Platform.runLater(() -> {
            Form sheet = new Form("bench", "");
            if (onFxThread) {
                session.interactions().save(entry);
                answered.countDown();
            } else {
                sheet.save(background, () -> session.interactions().save(entry), stored -> answered.countDown());
            }
        });
        if (!answered.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a bench save did not finish within a minute");
        }
    }

    /** The longest a probe waited for the FX thread while the save ran (and a moment after, to take in the sheet's answer). */
    private static double longestWait(Save save) throws InterruptedException {
        AtomicLong longestNanos = new AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean probing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread probe = new Thread(() -> {
            try {
                while (probing.get()) {
                    long posted = System.nanoTime();
                    CountDownLatch ran = new CountDownLatch(1);
                    Platform.runLater(() -> {
                        longestNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                        ran.countDown();
                    });
                    ran.await();
                    Thread.sleep(PROBE_EVERY_MS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "rapport-bench-fx-probe");
        probe.setDaemon(true);
        probe.start();
        save.run();
        Thread.sleep(20);
        probing.set(false);
        probe.join(TimeUnit.SECONDS.toMillis(60));
        return longestNanos.get() / 1e6;
    }
}
