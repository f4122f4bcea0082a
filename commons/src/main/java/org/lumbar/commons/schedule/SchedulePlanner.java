package org.lumbar.commons.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lumbar.contracts.program.Schedule;

/**
 * The sessions a schedule expects, as dates in the patient's own calendar. Programs use it to show the plan
 * and analytics to count scheduled sessions, so both always agree.
 * <p>
 * A weekly schedule with the non-consecutive rule plans every other day counted from the start date, which
 * gives 3 or 4 sessions per ISO week (capped at the schedule's maximum) and never two days in a row, also
 * across week boundaries.
 */
public final class SchedulePlanner {

    private SchedulePlanner() {
    }

    /**
     * One entry per expected session between {@code from} and {@code to} inclusive (a date appears twice when
     * two sessions are expected that day); nothing before {@code start}.
     */
    public static List<LocalDate> plannedSessions(Schedule schedule, LocalDate start, LocalDate from, LocalDate to) {
        List<LocalDate> sessions = new ArrayList<>();
        LocalDate first = from.isBefore(start) ? start : from;
        switch (schedule.kind()) {
            case DAILY -> {
                int perDay = schedule.timesPerDay() == null ? 1 : schedule.timesPerDay();
                for (LocalDate d = first; !d.isAfter(to); d = d.plusDays(1)) {
                    for (int i = 0; i < perDay; i++) {
                        sessions.add(d);
                    }
                }
            }
            case WEEKDAYS -> {
                List<DayOfWeek> days = schedule.weekdays() == null ? List.of() : schedule.weekdays();
                for (LocalDate d = first; !d.isAfter(to); d = d.plusDays(1)) {
                    if (days.contains(d.getDayOfWeek())) {
                        sessions.add(d);
                    }
                }
            }
            case WEEKLY -> {
                int gap = schedule.nonConsecutive() ? 2 : 1;
                int cap = schedule.maxPerWeek() == null ? 7 : schedule.maxPerWeek();
                Map<Long, Integer> perWeek = new HashMap<>();
                // walk from the start date, not from `from`, so a window never shifts the rhythm
                for (LocalDate d = start; !d.isAfter(to); d = d.plusDays(gap)) {
                    long week = weekKey(d);
                    int count = perWeek.merge(week, 1, Integer::sum);
                    if (count <= cap && !d.isBefore(first)) {
                        sessions.add(d);
                    }
                }
            }
        }
        return sessions;
    }

    /**
     * The sessions a versioned program expects between {@code from} and {@code to}: each day follows the version in
     * force that day (the latest whose {@code effectiveFrom} is not after it), nothing while paused or ended, nothing
     * after {@code end} (when set). Every version keeps the program's start date as the anchor of its rhythm.
     *
     * @param versions ordered by effectiveFrom
     */
    public static List<LocalDate> plannedSessions(List<ScheduleVersion> versions, LocalDate start, LocalDate end,
            LocalDate from, LocalDate to) {
        LocalDate last = end != null && end.isBefore(to) ? end : to;
        List<LocalDate> sessions = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            ScheduleVersion version = versions.get(i);
            if (!version.active()) {
                continue;
            }
            LocalDate versionFrom = version.effectiveFrom().isAfter(from) ? version.effectiveFrom() : from;
            LocalDate versionTo = i + 1 < versions.size() ? versions.get(i + 1).effectiveFrom().minusDays(1) : last;
            if (versionTo.isAfter(last)) {
                versionTo = last;
            }
            if (!versionFrom.isAfter(versionTo)) {
                sessions.addAll(plannedSessions(version.schedule(), start, versionFrom, versionTo));
            }
        }
        return sessions;
    }

    /** The number of sessions expected in the ISO week that contains {@code dayInWeek}. */
    public static int sessionsInWeek(Schedule schedule, LocalDate start, LocalDate dayInWeek) {
        LocalDate monday = dayInWeek.with(DayOfWeek.MONDAY);
        return plannedSessions(schedule, start, monday, monday.plusDays(6)).size();
    }

    private static long weekKey(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) * 100L + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
