package dev.rapport.ui;

import dev.rapport.ui.common.Background;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Results held back for the first frame: the work goes on, the results wait, then come in order. */
class BackgroundHoldTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final Background background = new Background(worker);
    private final List<String> delivered = new ArrayList<>(); // FX thread only

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void heldResultsWaitForTheFrameAndArriveInOrder() throws Exception {
        List<String> worked = java.util.Collections.synchronizedList(new ArrayList<>());
        WaitForAsyncUtils.asyncFx(() -> {
            background.holdResults();
            background.run(() -> { worked.add("today"); return "today"; }, delivered::add, t -> delivered.add("failed"));
            background.<String>run(() -> { throw new IllegalStateException("damaged"); }, delivered::add,
                    t -> delivered.add("failure: " + t.getMessage()));
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> worked.size() == 1);
        worker.submit(() -> { }).get(); // both pieces of work have run
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> List.copyOf(delivered)).get()).isEmpty();

        WaitForAsyncUtils.asyncFx(background::deliverHeld).get();
        assertThat(WaitForAsyncUtils.asyncFx(() -> List.copyOf(delivered)).get()).containsExactly("today", "failure: damaged");

        WaitForAsyncUtils.asyncFx(() -> background.run(() -> "later", delivered::add, t -> { })).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> delivered.size() == 3).get());
        assertThat(WaitForAsyncUtils.asyncFx(() -> delivered.get(2)).get()).isEqualTo("later");
    }
}
