package dev.rapport.export.mail;

import dev.rapport.logic.MailIntake;
import dev.rapport.logic.MailReport;
import dev.rapport.model.MailMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Reads mail sources into the journal as they stream: messages are handed to {@link MailIntake} in
 * small batches (each message still its own transaction there), so a folder of any size is read
 * in little memory. Cancelling stops between batches: what was taken stays, the batch in hand is
 * dropped whole and is read again next time; no message is ever half-stored. A message that cannot
 * be read is one line of the report, and the rest goes on.
 */
public final class MailFolderImport {
    /** Messages handed to the intake at once; within a batch they are taken in the order sent. */
    static final int BATCH = 100;
    /** A batch is also closed when its texts add up to this many characters, so memory stays small. */
    static final long BATCH_CHARS = 4_000_000;

    /** How far the reading is: {@code done} of {@code total} bytes, in the source named. */
    @FunctionalInterface
    public interface Progress {
        void at(long done, long total, String source);
    }

    /** What was read; {@code cancelled} when it was stopped before the end. */
    public record Result(MailReport report, boolean cancelled) {
    }

    private final MailIntake intake;
    private final boolean acceptRequests;
    private final boolean dryRun;

    public MailFolderImport(MailIntake intake, boolean acceptRequests, boolean dryRun) {
        this.intake = intake;
        this.acceptRequests = acceptRequests;
        this.dryRun = dryRun;
    }

    /** Reads every source to its end (or until {@code cancelled} says stop), closing each. */
    public Result read(List<MailSource> sources, Progress progress, BooleanSupplier cancelled) {
        long total = 0;
        for (MailSource s : sources) {
            total += s.size();
        }
        List<MailIntake.Outcome> outcomes = new ArrayList<>();
        List<MailReport.Failure> failures = new ArrayList<>();
        long before = 0;
        boolean stopped = false;
        for (MailSource source : sources) {
            try (source) {
                if (!stopped) {
                    stopped = readOne(source, before, total, progress, cancelled, outcomes, failures);
                }
            }
            before += source.size();
        }
        if (!stopped) {
            progress.at(total, total, "");
        }
        return new Result(new MailReport(outcomes, failures, dryRun), stopped);
    }

    /** Reads one source; true when it was cancelled on the way. */
    private boolean readOne(MailSource source, long before, long total, Progress progress, BooleanSupplier cancelled,
                            List<MailIntake.Outcome> outcomes, List<MailReport.Failure> failures) {
        List<MailMessage> batch = new ArrayList<>();
        long chars = 0;
        while (true) {
            if (cancelled.getAsBoolean()) {
                return true;
            }
            Optional<MailMessage> next;
            try {
                next = source.next();
            } catch (MailFileException e) {
                failures.add(new MailReport.Failure(e.file(), e.getMessage()));
                continue;
            }
            if (next.isEmpty()) {
                break;
            }
            batch.add(next.get());
            chars += next.get().body().length();
            if (batch.size() >= BATCH || chars >= BATCH_CHARS) {
                if (cancelled.getAsBoolean()) {
                    return true;
                }
                take(batch, outcomes, failures);
                chars = 0;
            }
            progress.at(before + source.position(), total, source.name());
        }
        if (cancelled.getAsBoolean()) {
            return true;
        }
        take(batch, outcomes, failures);
        progress.at(before + source.size(), total, source.name());
        return false;
    }

    private void take(List<MailMessage> batch, List<MailIntake.Outcome> outcomes, List<MailReport.Failure> failures) {
        if (batch.isEmpty()) {
            return;
        }
        outcomes.addAll(intake.take(batch, acceptRequests, dryRun,
                (m, e) -> failures.add(MailReport.Failure.refused(m.source(), e.getMessage()))));
        batch.clear();
    }
}
