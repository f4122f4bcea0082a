package org.lumbar.analytics.definitions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.lumbar.commons.schedule.SchedulePlanner;
import org.lumbar.commons.schedule.ScheduleVersion;

/**
 * One program's versions as the schedule planner needs them: the start date anchors every rhythm, each version is in
 * force from its effectiveFrom until the next one, and nothing is expected after the end date.
 *
 * @param versions ordered by effectiveFrom, then version
 */
public record ProgramSchedule(UUID programId, LocalDate start, LocalDate end, List<ScheduleVersion> versions) {

    /** One date per expected session between from and to, inclusive. */
    public List<LocalDate> planned(LocalDate from, LocalDate to) {
        return SchedulePlanner.plannedSessions(versions, start, end, from, to);
    }

    /** The version in force on a day, or null before the program started, after it ended or before any version. */
    public ScheduleVersion versionOn(LocalDate day) {
        if (day.isBefore(start) || (end != null && day.isAfter(end))) {
            return null;
        }
        ScheduleVersion inForce = null;
        for (ScheduleVersion version : versions) {
            if (!version.effectiveFrom().isAfter(day)) {
                inForce = version;
            }
        }
        return inForce;
    }

    /** Whether the program expects sessions on this day's schedule (started, not ended, not paused). */
    public boolean activeOn(LocalDate day) {
        ScheduleVersion version = versionOn(day);
        return version != null && version.active();
    }

    /** Whether an active version with the non-consecutive-days rule is in force on any day between from and to. */
    public boolean nonConsecutiveBetween(LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            ScheduleVersion version = versionOn(d);
            if (version != null && version.active() && version.schedule().nonConsecutive()) {
                return true;
            }
        }
        return false;
    }

    public static int plannedCount(List<ProgramSchedule> programs, LocalDate from, LocalDate to) {
        return programs.stream().mapToInt(p -> p.planned(from, to).size()).sum();
    }

    public static List<LocalDate> plannedDays(List<ProgramSchedule> programs, LocalDate from, LocalDate to) {
        return programs.stream().flatMap(p -> p.planned(from, to).stream()).sorted().toList();
    }

    public static boolean anyActiveOn(List<ProgramSchedule> programs, LocalDate day) {
        return programs.stream().anyMatch(p -> p.activeOn(day));
    }
}
