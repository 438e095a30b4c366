package dev.rapport.logic.sync;

import dev.rapport.logic.JournalSession;

import java.util.List;

/**
 * Which sync engine a journal's rounds and history use: the one place where the engine is connected.
 * Until it is, every round fails with {@link SyncRound.Failure.Reason#ENGINE_NOT_AVAILABLE} (never
 * a pretended round) and the history is empty. Tests install a fake.
 */
public interface SyncWiring {
    SyncRound round(JournalSession session);

    SyncHistory history(JournalSession session);

    /** No engine: rounds refuse in words, nothing was settled. */
    SyncWiring NOT_CONNECTED = new SyncWiring() {
        @Override
        public SyncRound round(JournalSession session) {
            return (folder, device, passphrase, progress, cancelled) -> {
                throw new SyncRound.Failure(SyncRound.Failure.Reason.ENGINE_NOT_AVAILABLE);
            };
        }

        @Override
        public SyncHistory history(JournalSession session) {
            return new SyncHistory() {
                @Override
                public List<SyncRound.ConcurrentEdit> recent(int limit) {
                    return List.of();
                }

                @Override
                public void takeBack(String editId) {
                    throw new SyncRound.Failure(SyncRound.Failure.Reason.ENGINE_NOT_AVAILABLE);
                }
            };
        }
    };

    /** The engine in use. */
    static SyncWiring current() {
        return Installed.wiring;
    }

    /** Connects an engine (the app's start, or a test); null disconnects it. */
    static void use(SyncWiring wiring) {
        Installed.wiring = wiring == null ? NOT_CONNECTED : wiring;
    }

    /** Connects the real engine unless one is connected already (a test's fake stays). */
    static void useFolderUnlessSet() {
        if (Installed.wiring == NOT_CONNECTED) {
            use(new FolderSyncWiring());
        }
    }

    /** Holds the engine in use. */
    final class Installed {
        private static volatile SyncWiring wiring = NOT_CONNECTED;

        private Installed() {
        }
    }
}
