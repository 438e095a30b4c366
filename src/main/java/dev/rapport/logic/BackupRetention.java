package dev.rapport.logic;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which automatic backups to keep: the newest of each of the last {@code daily} days that have
 * one, then the newest of each of the {@code weekly} ISO weeks before those. Everything else goes.
 */
public final class BackupRetention {
    private BackupRetention() {
    }

    /** @return the times (from {@code taken}) whose backups should be deleted */
    public static List<LocalDateTime> toDelete(List<LocalDateTime> taken, int daily, int weekly) {
        List<LocalDateTime> newestFirst = new ArrayList<>(taken);
        newestFirst.sort(Comparator.reverseOrder());
        Set<LocalDate> keptDays = new HashSet<>();
        Set<String> dailyWeeks = new HashSet<>();
        Set<String> weeklyKept = new HashSet<>();
        List<LocalDateTime> delete = new ArrayList<>();
        for (LocalDateTime t : newestFirst) {
            LocalDate day = t.toLocalDate();
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (keptDays.contains(day)) {
                delete.add(t);
            } else if (keptDays.size() < daily) {
                keptDays.add(day);
                dailyWeeks.add(week);
            } else if (!dailyWeeks.contains(week) && !weeklyKept.contains(week) && weeklyKept.size() < weekly) {
                keptDays.add(day);
                weeklyKept.add(week);
            } else {
                delete.add(t);
            }
        }
        return delete;
    }
}
