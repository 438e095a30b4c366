package dev.rapport.logic.sync;

import dev.rapport.i18n.I18n;
import dev.rapport.model.RapportException;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * One sync round through a folder: this device's changes sent, the other devices' read and merged.
 * The screens and {@code rapport sync} run rounds through this alone, so the engine behind it can
 * change without them; {@link SyncWiring} says which engine a journal uses.
 */
@FunctionalInterface
public interface SyncRound {
    /**
     * Runs one round, off the FX thread. {@code progress} hears how far it is; {@code cancelled} is
     * asked between steps, and a round it stops keeps what was stored whole (it then fails with
     * {@link Failure.Reason#CANCELLED}).
     *
     * @param passphrase read, never kept; the caller clears it after
     * @throws Failure when the round cannot run or complete, with the reason in words
     */
    Report run(Path folder, String deviceName, char[] passphrase, Progress progress, BooleanSupplier cancelled);

    /** How far a round is: {@code done} of {@code total} steps (total 0 while it cannot tell). */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (done, total) -> { };

        void at(int done, int total);
    }

    /** What a round did. */
    record Report(int sent, int received, List<Device> devices, List<ConcurrentEdit> concurrentEdits, boolean joinedFromSnapshot) {
        public Report {
            devices = List.copyOf(devices);
            concurrentEdits = List.copyOf(concurrentEdits);
        }
    }

    /** A device writing to the folder, this one included; {@code lastWrote} is null before its first change file. */
    record Device(String id, String name, Instant lastWrote) {
        public Device {
            Objects.requireNonNull(id);
            Objects.requireNonNull(name);
        }
    }

    /**
     * Two devices changed one field of one row without seeing each other's change: {@code kept} won
     * the merge, {@code overwritten} is in the row's history and can be taken back.
     *
     * @param id    the engine's name for this history entry (what {@link SyncHistory#takeBack} is given)
     * @param row   the row as a person reads it ("Promise: revised budget, Northwind"); never a secret
     * @param field the field's name for display ("due date")
     */
    record ConcurrentEdit(String id, String row, String field, String kept, String keptBy, Instant keptAt,
                          String overwritten, String overwrittenBy, Instant overwrittenAt) {
        public ConcurrentEdit {
            Objects.requireNonNull(id);
        }
    }

    /** Why a round did not run or complete; the message is in the user's language, the reason is for code and JSON. */
    final class Failure extends RapportException {
        /** Each reason's message key. */
        public enum Reason {
            ENGINE_NOT_AVAILABLE("syncing.failure.engineNotAvailable"),
            WRONG_PASSPHRASE("syncing.failure.wrongPassphrase"),
            FOLDER_MISSING("syncing.failure.folderMissing"),
            FOLDER_NOT_WRITABLE("syncing.failure.folderNotWritable"),
            OTHER_JOURNAL("syncing.failure.otherJournal"),
            CANCELLED("syncing.failure.cancelled"),
            /** The round read or wrote something it could not: the detail is in the cause and the log. */
            FAILED("syncing.failure.failed");

            private final String key;

            Reason(String key) {
                this.key = key;
            }

            public String key() {
                return key;
            }
        }

        private final Reason reason;

        /** {@code args} fill the message (the folder, for the folder reasons). */
        public Failure(Reason reason, Throwable cause, Object... args) {
            super(I18n.t(reason.key(), args), cause);
            this.reason = reason;
        }

        public Failure(Reason reason, Object... args) {
            this(reason, null, args);
        }

        public Reason reason() {
            return reason;
        }

        /** The message key, for tests and machines. */
        public String key() {
            return reason.key();
        }
    }
}
