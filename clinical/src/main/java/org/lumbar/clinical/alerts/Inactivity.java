package org.lumbar.clinical.alerts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;


/**
 * The inactivity rules, judged on the patient's own calendar day {@code today}: the patient has been without a
 * completed session since the day after their last one (or since their first program started), not counting today.
 * <ul>
 * <li>{@code inactive-14-days} (high): 14 days or more without a session while a program is in force today, and the
 * program expected at least one session in those days;</li>
 * <li>{@code missed-sessions} (low): 2 days or more without a session while a program is in force today, and the
 * program expected at least one session in the last 2 days.</li>
 * </ul>
 */
public final class Inactivity {

    public static final int INACTIVE_DAYS = 14;
    public static final int MISSED_DAYS = 2;

    private Inactivity() {
    }

    /**
     * @param plannedDays the sessions the patient's programs expected in the 14 days before today
     * @param lastSessionOn the day of the last completed session, null when there was none
     */
    public static Set<AlertRule> holding(LocalDate today, LocalDate firstProgramStart, LocalDate lastSessionOn,
            boolean programInForceToday, List<LocalDate> plannedDays) {
        Set<AlertRule> rules = EnumSet.noneOf(AlertRule.class);
        if (!programInForceToday || firstProgramStart == null) {
            return rules;
        }
        LocalDate idleSince = lastSessionOn != null ? lastSessionOn.plusDays(1) : firstProgramStart;
        long idleDays = ChronoUnit.DAYS.between(idleSince, today);
        if (idleDays >= INACTIVE_DAYS && plannedBetween(plannedDays, later(idleSince, today.minusDays(INACTIVE_DAYS)), today)) {
            rules.add(AlertRule.INACTIVE_14_DAYS);
        }
        if (idleDays >= MISSED_DAYS && plannedBetween(plannedDays, later(idleSince, today.minusDays(MISSED_DAYS)), today)) {
            rules.add(AlertRule.MISSED_SESSIONS);
        }
        return rules;
    }

    private static boolean plannedBetween(List<LocalDate> plannedDays, LocalDate from, LocalDate today) {
        return plannedDays.stream().anyMatch(d -> !d.isBefore(from) && d.isBefore(today));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
