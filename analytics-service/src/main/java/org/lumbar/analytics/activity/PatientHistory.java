package org.lumbar.analytics.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.lumbar.analytics.definitions.ExpectedCourse;
import org.lumbar.analytics.definitions.ProgramSchedule;
import org.lumbar.analytics.definitions.WeekFigures;
import org.lumbar.analytics.definitions.WeekTotals;
import org.lumbar.clinical.measures.IsoWeek;
import org.lumbar.clinical.measures.NonConsecutiveDays;
import org.lumbar.clinical.measures.PainTrend;

/**
 * What the read side knows about one patient, loaded with a handful of queries: time zone and clinic, programs with
 * their versions, the running totals of every week, and the counted sessions (day and program).
 */
public record PatientHistory(
        String patientId,
        String clinicId,
        ZoneId zone,
        LocalDate firstProgramStart,
        LocalDate lastSessionOn,
        List<ProgramSchedule> programs,
        Map<IsoWeek, WeekTotals> weeks,
        List<CountedSession> countedSessions) {

    /** A session that counted for adherence: its day and the program it followed (null when ad hoc). */
    public record CountedSession(LocalDate day, UUID programId) {
    }

    public LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    public WeekTotals totals(IsoWeek week) {
        return weeks.getOrDefault(week, WeekTotals.NONE);
    }

    /** The figures of one week; a week that has not ended by {@code today} is in progress. */
    public WeekFigures week(IsoWeek week, LocalDate today) {
        LocalDate monday = week.monday();
        LocalDate sunday = week.sunday();
        int scheduled = ProgramSchedule.plannedCount(programs, monday, sunday);
        boolean inProgress = !sunday.isBefore(today);
        int scheduledSoFar = !inProgress ? scheduled
                : today.isBefore(monday) ? 0 : ProgramSchedule.plannedCount(programs, monday, today);
        return WeekFigures.of(week, inProgress, scheduled, scheduledSoFar, totals(week), nonConsecutiveKept(week));
    }

    public List<WeekFigures> weeks(IsoWeek from, IsoWeek to, LocalDate today) {
        List<WeekFigures> figures = new ArrayList<>();
        for (IsoWeek week : IsoWeek.range(from, to)) {
            figures.add(week(week, today));
        }
        return figures;
    }

    /** Whether the non-consecutive-days rule was kept in the week; null when no schedule in force asks for it. */
    public Boolean nonConsecutiveKept(IsoWeek week) {
        Set<UUID> ruled = programs.stream()
                .filter(p -> p.nonConsecutiveBetween(week.monday(), week.sunday()))
                .map(ProgramSchedule::programId)
                .collect(Collectors.toSet());
        if (ruled.isEmpty()) {
            return null;
        }
        List<LocalDate> days = countedSessions.stream()
                .filter(s -> s.programId() != null && ruled.contains(s.programId()))
                .map(CountedSession::day)
                .toList();
        return NonConsecutiveDays.kept(days, week);
    }

    /** The pain series before (or after) sessions over every week with a score. */
    public PainTrend painTrend(boolean beforeSessions) {
        return painTrend(beforeSessions, null);
    }

    /** The pain series up to and including {@code upTo} (every week when null). */
    public PainTrend painTrend(boolean beforeSessions, IsoWeek upTo) {
        List<PainTrend.WeekMean> series = weeks.entrySet().stream()
                .filter(e -> upTo == null || e.getKey().compareTo(upTo) <= 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new PainTrend.WeekMean(e.getKey(),
                        beforeSessions ? e.getValue().rawPainBefore() : e.getValue().rawPainAfter()))
                .toList();
        return PainTrend.of(series);
    }

    /**
     * The trend the patient's course is judged by: pain before sessions (their standing pain), or pain after sessions
     * when they never reported pain before one.
     */
    public PainTrend headlinePain() {
        return headlinePain(null);
    }

    public PainTrend headlinePain(IsoWeek upTo) {
        PainTrend before = painTrend(true, upTo);
        return before.baseline() != null ? before : painTrend(false, upTo);
    }

    public String headlinePainSeries() {
        return painTrend(true).baseline() != null ? "before" : painTrend(false).baseline() != null ? "after" : null;
    }

    /** The program week (1 = the week the first program started) of an ISO week; null without a program. */
    public Integer programWeek(IsoWeek week) {
        return firstProgramStart == null ? null : ExpectedCourse.programWeek(firstProgramStart, week);
    }

    /** The first week worth showing: the first program's week or the first week with a record, whichever is earlier. */
    public IsoWeek firstWeek(IsoWeek fallback) {
        IsoWeek first = firstProgramStart == null ? null : IsoWeek.of(firstProgramStart);
        for (IsoWeek week : weeks.keySet()) {
            if (first == null || week.compareTo(first) < 0) {
                first = week;
            }
        }
        return first == null ? fallback : first;
    }
}
