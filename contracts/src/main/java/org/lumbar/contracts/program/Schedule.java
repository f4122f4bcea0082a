package org.lumbar.contracts.program;

import java.time.DayOfWeek;
import java.util.List;

/**
 * When a program expects sessions.
 * <ul>
 * <li>{@code DAILY}: {@code timesPerDay} sessions every day;</li>
 * <li>{@code WEEKLY}: {@code minPerWeek}–{@code maxPerWeek} sessions a week, never on consecutive days when
 * {@code nonConsecutive};</li>
 * <li>{@code WEEKDAYS}: one session on each of {@code weekdays}.</li>
 * </ul>
 */
public record Schedule(
        Kind kind,
        Integer timesPerDay,
        Integer minPerWeek,
        Integer maxPerWeek,
        boolean nonConsecutive,
        List<DayOfWeek> weekdays) {

    public enum Kind {
        DAILY,
        WEEKLY,
        WEEKDAYS
    }

    public static Schedule daily(int timesPerDay) {
        return new Schedule(Kind.DAILY, timesPerDay, null, null, false, List.of());
    }

    public static Schedule weekly(int minPerWeek, int maxPerWeek, boolean nonConsecutive) {
        return new Schedule(Kind.WEEKLY, null, minPerWeek, maxPerWeek, nonConsecutive, List.of());
    }

    public static Schedule onWeekdays(List<DayOfWeek> weekdays) {
        return new Schedule(Kind.WEEKDAYS, null, null, null, false, List.copyOf(weekdays));
    }
}
