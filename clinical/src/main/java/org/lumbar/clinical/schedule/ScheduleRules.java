package org.lumbar.clinical.schedule;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Checks a schedule against the seeds' frequencies. */
public final class ScheduleRules {

    /** Seed 000: strengthening sessions a week, at most (non-consecutive days allow four). */
    public static final int MAX_STRENGTH_SESSIONS_A_WEEK = 4;
    /** Seed 000: Gentle Relief at most twice a day. */
    public static final int MAX_GENTLE_SESSIONS_A_DAY = 2;

    /** The shape of a schedule, as the rules read it. */
    public enum Kind {
        DAILY, WEEKLY, WEEKDAYS
    }

    private ScheduleRules() {
    }

    /**
     * @return the rule a schedule breaks, if any: a program with strengthening work must leave a rest day between
     *         sessions (every day, consecutive weekdays, or a weekly count that is not kept apart all break it)
     */
    public static Optional<ScheduleRule> check(boolean hasStrengthening, Kind kind, Integer timesPerDay,
            Integer maxPerWeek, boolean nonConsecutive, Collection<DayOfWeek> weekdays) {
        if (hasStrengthening) {
            boolean restDayKept = switch (kind) {
                case DAILY -> false;
                case WEEKLY -> nonConsecutive && maxPerWeek != null && maxPerWeek <= MAX_STRENGTH_SESSIONS_A_WEEK;
                case WEEKDAYS -> !hasConsecutiveDays(weekdays);
            };
            return restDayKept ? Optional.empty() : Optional.of(ScheduleRule.STRENGTH_REST_DAY);
        }
        if (kind == Kind.DAILY && timesPerDay != null && timesPerDay > MAX_GENTLE_SESSIONS_A_DAY) {
            return Optional.of(ScheduleRule.GENTLE_DAILY);
        }
        return Optional.empty();
    }

    /** Two weekdays side by side, Sunday and Monday included. */
    static boolean hasConsecutiveDays(Collection<DayOfWeek> weekdays) {
        Set<DayOfWeek> days = Set.copyOf(weekdays);
        return days.stream().anyMatch(d -> days.contains(d.plus(1)));
    }
}
