package org.lumbar.clinical.measures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The seeds' rule for strength work: sessions 3–4 times a week on non-consecutive days (seed 000). A week keeps it when
 * no day of the week with a counted session follows a day with one; Monday is compared with the Sunday before, so the
 * rule also holds across weeks. Two sessions on the same day do not break it.
 */
public final class NonConsecutiveDays {

    private NonConsecutiveDays() {
    }

    /** @param sessionDays days of counted sessions of the programs the rule applies to (any range around the week) */
    public static boolean kept(Collection<LocalDate> sessionDays, IsoWeek week) {
        Set<LocalDate> days = new TreeSet<>(sessionDays);
        for (LocalDate day = week.monday(); !day.isAfter(week.sunday()); day = day.plusDays(1)) {
            if (days.contains(day) && days.contains(day.minusDays(1))) {
                return false;
            }
        }
        return true;
    }
}
