package dev.rapport.model;

import java.time.Instant;
import java.util.List;

/**
 * A subscribed calendar as the journal knows it: what a person recognises it by ({@code shown},
 * never the secret address, which is kept under {@code secretRef} in the keyring), the validators
 * of its last good read, when it was last read well and last tried, and why the last read failed
 * ({@code failureKey} with its arguments; null after a good read).
 */
public record CalendarSource(long id, String secretRef, String shown, String etag, String lastModified, Instant lastGood,
                             Instant lastTried, String failureKey, List<String> failureArgs) {
    public CalendarSource {
        failureArgs = failureArgs == null ? List.of() : List.copyOf(failureArgs);
    }

    public boolean failing() {
        return failureKey != null;
    }
}
