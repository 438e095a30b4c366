package dev.rapport.tools;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Interaction;
import dev.rapport.ui.JournalActions;
import dev.rapport.ui.MainView;
import dev.rapport.ui.common.AlertDialogs;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.journal.InteractionForm;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

/**
 * How long the window stops answering while an entry is saved (bench only). The main window is
 * open on the journal, on Today, the Journal list or the client's page in turn; the entry sheet
 * is filled in and its Save pressed, as a user does. A probe thread posts a task to the FX thread
 * every 2 ms and notes how long each waited; a save's figure is the longest wait from Save until
 * the sheet has closed and every screen shown has reloaded after the change notice (and a moment
 * after, for the layout that follows). For comparison, the same save run on the FX thread itself,
 * as every sheet did before. Needs a display (or Monocle); without one it measures nothing.
 */
public final class SaveStall {
    private static final Logger LOG = Logger.getLogger(SaveStall.class.getName());
    private static final long PROBE_EVERY_MS = 2;
    /** How long the probe goes on after the screens reloaded: the layout and paint of what they built. */
    private static final long SETTLE_MS = 100;
    private static final java.lang.management.ThreadMXBean FX_CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * Per save, sorted, in ms: the longest wait of the FX thread through the window (its way); the
     * CPU time the FX thread spent in that save's measured span (its own work: the sheet, the
     * reloads, CSS and layout — on a busy machine the wait is longer than this); the longest wait
     * with the save run on the FX thread (the old way).
     */
    public record Stalls(double[] window, double[] fxBusy, double[] onFxThread) {
        public double longest() {
            return window[window.length - 1];
        }
    }

    private SaveStall() {
    }

    /**
     * Saves {@code saves} entries for the client into the open (encrypted) journal through the
     * main window, each measured; null when no JavaFX toolkit can start here. Stops the toolkit
     * after, so call it once per JVM.
     */
    public static Stalls measure(JournalSession session, long clientId, int saves) throws InterruptedException {
        if (!startToolkit()) {
            return null;
        }
        Background background = Background.singleThread();
        try {
            Window window = onFx(() -> Window.open(session, background));
            settle(background);
            long fxThread = onFx(() -> Thread.currentThread().getId());
            for (int screen = 0; screen < 3; screen++) {
                warmUp(window, screen, clientId, background);
            }
            double[] off = new double[saves];
            double[] busy = new double[saves];
            double[] on = new double[saves];
            double[] busyNow = new double[1];
            for (int i = 0; i < saves; i++) {
                int screen = i % 3;
                onFx(() -> {
                    window.show(screen, clientId);
                    return null;
                });
                settle(background);
                TypedEntry typed = onFx(() -> TypedEntry.open(window.main, clientId, "Bench: logged from the sheet"));
                off[i] = longestWait(() -> {
                    onFx(() -> {
                        typed.save.fire();
                        return null;
                    });
                    if (!typed.stored.await(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("a bench save did not finish within a minute");
                    }
                    settle(background);
                }, fxThread, busyNow);
                busy[i] = busyNow[0];
                on[i] = longestWait(() -> {
                    onFx(() -> session.interactions().save(entry(clientId)));
                    settle(background);
                }, fxThread, busyNow);
            }
            onFx(() -> {
                window.stage.close();
                return null;
            });
            Arrays.sort(off);
            Arrays.sort(busy);
            Arrays.sort(on);
            return new Stalls(off, busy, on);
        } finally {
            Platform.exit();
        }
    }

    /** One save on a screen, not measured: the first save's class loading and compiling are not what a save costs. */
    private static void warmUp(Window window, int screen, long clientId, Background background) throws InterruptedException {
        onFx(() -> {
            window.show(screen, clientId);
            return null;
        });
        settle(background);
        TypedEntry typed = onFx(() -> TypedEntry.open(window.main, clientId, "Bench: warming up"));
        onFx(() -> {
            typed.save.fire();
            return null;
        });
        if (!typed.stored.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a bench save did not finish within a minute");
        }
        settle(background);
    }

    private static Interaction entry(long clientId) {
        return new Interaction(0, clientId, LocalDateTime.now().withNano(0), Channel.CALL, "Bench: saved on the FX thread",
                "Measured for the FX thread's longest stall.", "", List.of(), null, List.of());
    }

    /** The main window as the app shows it, on its own stage. */
    private record Window(Stage stage, MainView main) {
        static Window open(JournalSession session, Background background) {
            dev.rapport.ui.settings.Theme.LIGHT.apply();
            Stage stage = new Stage();
            MainView main = new MainView(session, background, new AlertDialogs(() -> stage), NO_ACTIONS);
            Scene scene = new Scene(main, 1280, 800);
            scene.getStylesheets().add(MainView.class.getResource("rapport.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            return new Window(stage, main);
        }

        void show(int screen, long clientId) {
            switch (screen) {
                case 0 -> main.showToday();
                case 1 -> main.showJournal();
                default -> main.showClient(clientId);
            }
        }
    }

    /** The entry sheet, open and filled in, with its Save button. */
    private record TypedEntry(Button save, CountDownLatch stored) {
        static TypedEntry open(MainView main, long clientId, String title) {
            CountDownLatch stored = new CountDownLatch(1);
            var form = InteractionForm.open(main.context(), clientId, null, entry -> stored.countDown());
            form.applyCss();
            ((TextInputControl) form.lookup("#entry-title")).setText(title);
            ((TextInputControl) form.lookup("#entry-summary")).setText("Measured for the FX thread's longest stall.");
            return new TypedEntry((Button) form.lookup("#form-save"), stored);
        }
    }

    private static final JournalActions NO_ACTIONS = new JournalActions() {
        @Override
        public void open(Path journal) {
        }

        @Override
        public void openDemo() {
        }

        @Override
        public void restore(Path backup) {
        }

        @Override
        public void encrypt() {
        }

        @Override
        public void decrypt() {
        }

        @Override
        public void changePassphrase() {
        }
    };

    /**
     * Waits until the journal thread and then the FX thread have done all that was handed to them,
     * twice (a reload the change notice starts hands its result on once more).
     */
    private static void settle(Background background) throws InterruptedException {
        for (int round = 0; round < 2; round++) {
            CountDownLatch drained = new CountDownLatch(1);
            background.run(() -> null, ignored -> drained.countDown(), failed -> drained.countDown());
            if (!drained.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the journal thread did not settle within a minute");
            }
            onFx(() -> null);
        }
    }

    private interface FxWork<T> {
        T run() throws Exception;
    }

    private static <T> T onFx(FxWork<T> work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                result.set(work.run());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer within a minute");
        }
        if (failure.get() != null) {
            throw new IllegalStateException("bench step failed on the FX thread", failure.get());
        }
        return result.get();
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

    /**
     * The longest a probe waited for the FX thread while the save ran, and for a moment after (the
     * layout it caused); {@code busyMs[0]} gets the CPU time the FX thread itself spent meanwhile.
     */
    private static double longestWait(Save save, long fxThreadId, double[] busyMs) throws InterruptedException {
        AtomicLong longestNanos = new AtomicLong();
        AtomicBoolean probing = new AtomicBoolean(true);
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
        long busyBefore = FX_CPU.getThreadCpuTime(fxThreadId);
        probe.start();
        save.run();
        Thread.sleep(SETTLE_MS);
        probing.set(false);
        probe.join(TimeUnit.SECONDS.toMillis(60));
        busyMs[0] = (FX_CPU.getThreadCpuTime(fxThreadId) - busyBefore) / 1e6;
        return longestNanos.get() / 1e6;
    }
}
