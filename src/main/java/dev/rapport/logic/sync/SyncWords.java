package dev.rapport.logic.sync;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.LocalFormats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** A round and what it found in the user's language, the same in the window and at the terminal. */
public final class SyncWords {
    private SyncWords() {
    }

    /** "Sent 3 changes, received 5." and, when it was so, that the journal joined from a snapshot. */
    public static String summary(SyncRound.Report report) {
        String counts = I18n.t("syncing.report.summary", I18n.plural("syncing.report.sent", report.sent()),
                I18n.plural("syncing.report.received", report.received()));
        return report.joinedFromSnapshot() ? counts + " " + I18n.t("syncing.report.joined") : counts;
    }

    /** "Changed on Desk-PC at 14:02 — yours was “…”" with the row, the field and the value kept. */
    public static String edit(SyncRound.ConcurrentEdit edit, String thisDevice, Clock clock) {
        String when = when(edit.keptAt(), clock);
        String was = thisDevice.equals(edit.overwrittenBy())
                ? I18n.t("syncing.edit.yoursWas", edit.overwritten())
                : I18n.t("syncing.edit.deviceHad", edit.overwrittenBy(), edit.overwritten());
        return I18n.t("syncing.edit.line", edit.row(), edit.field(), edit.keptBy(), when, was, edit.kept());
    }

    /** A device and when it last wrote ("never" before its first change file). */
    public static String device(SyncRound.Device device, Clock clock) {
        return device.lastWrote() == null ? I18n.t("syncing.device.neverWrote", device.name())
                : I18n.t("syncing.device.lastWrote", device.name(), when(device.lastWrote(), clock));
    }

    /** A time today as the time alone, another day with its date. */
    public static String when(Instant at, Clock clock) {
        if (at == null) {
            return "";
        }
        ZonedDateTime local = at.atZone(clock.getZone());
        if (local.toLocalDate().equals(LocalDate.now(clock))) {
            return LocalFormats.time(local.toLocalTime());
        }
        return LocalFormats.dateTime(local.toLocalDateTime(), I18n.messages().locale());
    }
}
