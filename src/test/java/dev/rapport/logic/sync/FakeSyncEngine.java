package dev.rapport.logic.sync;

import dev.rapport.logic.JournalSession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A sync engine for tests: each round hands back the report the test set (its concurrent edits
 * go into the history), or throws the failure set, and remembers what it was given. Taking an edit
 * back records it and takes it off the history, as the real engine's new local edit would settle it.
 */
public final class FakeSyncEngine implements SyncWiring, SyncRound, SyncHistory {
    /** What one round was given. */
    public record Call(Path folder, String deviceName, String passphrase) {
    }

    public final List<Call> calls = new ArrayList<>();
    public final List<String> takenBack = new ArrayList<>();
    public final List<ConcurrentEdit> history = new ArrayList<>();
    public Report next = new Report(0, 0, List.of(), List.of(), false);
    public RuntimeException failure;
    /** Runs inside the round, while it is running (to see what happens meanwhile). */
    public Runnable during = () -> { };

    @Override
    public SyncRound round(JournalSession session) {
        return this;
    }

    @Override
    public SyncHistory history(JournalSession session) {
        return this;
    }

    @Override
    public Report run(Path folder, String deviceName, char[] passphrase, Progress progress, BooleanSupplier cancelled) {
        calls.add(new Call(folder, deviceName, new String(passphrase)));
        progress.at(1, 2);
        during.run();
        if (failure != null) {
            throw failure;
        }
        progress.at(2, 2);
        history.addAll(0, next.concurrentEdits());
        return next;
    }

    @Override
    public List<ConcurrentEdit> recent(int limit) {
        return List.copyOf(history.subList(0, Math.min(limit, history.size())));
    }

    @Override
    public void takeBack(String editId) {
        takenBack.add(editId);
        history.removeIf(e -> e.id().equals(editId));
    }
}
