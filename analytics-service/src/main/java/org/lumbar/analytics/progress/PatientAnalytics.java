package org.lumbar.analytics.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.analytics.definitions.ExpectedCourse;
import org.lumbar.analytics.definitions.ProgramSchedule;
import org.lumbar.analytics.definitions.Streaks;
import org.lumbar.analytics.definitions.WeekFigures;
import org.lumbar.analytics.definitions.WeekTotals;
import org.lumbar.analytics.domain.Alert;
import org.lumbar.analytics.domain.ExerciseWeek;
import org.lumbar.analytics.domain.PainScore;
import org.lumbar.analytics.fhir.Fhir;
import org.lumbar.analytics.fhir.PainObservations;
import org.lumbar.clinical.measures.Adherence;
import org.lumbar.clinical.measures.IsoWeek;
import org.lumbar.clinical.measures.PainTrend;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.http.QueryValues;
import org.lumbar.commons.security.Caller;
import org.lumbar.analytics.activity.PatientHistories;
import org.lumbar.analytics.activity.PatientHistory;

/**
 * The patient's own analytics, for the patient (or {@code me}) and the clinicians of their clinic: one week, weekly
 * series for charts, the summary. Every figure is computed from the persisted aggregates when asked, with the schedule
 * planner for what was expected.
 */
@ApplicationScoped
public class PatientAnalytics {

    /** The longest range a series may span. */
    public static final int MAX_WEEKS = 104;
    /** A series without from shows this many weeks up to to. */
    public static final int DEFAULT_WEEKS = 12;
    public static final int WINDOW_DAYS = 28;
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final Caller caller;
    private final PatientHistories histories;

    public PatientAnalytics(Caller caller, PatientHistories histories) {
        this.caller = caller;
        this.histories = histories;
    }

    /** @param week an ISO week, or null for the current week in the patient's time zone */
    @Transactional
    public WeeklyAdherenceView week(String patientPath, String week) {
        PatientHistory history = readable(patientPath);
        LocalDate today = history.today(Instant.now());
        IsoWeek isoWeek = week == null ? IsoWeek.of(today) : parseWeek("week", week);
        return WeeklyAdherenceView.of(history.patientId(), history.week(isoWeek, today));
    }

    @Transactional
    public AdherenceSeriesView adherence(String patientPath, String from, String to) {
        PatientHistory history = readable(patientPath);
        LocalDate today = history.today(Instant.now());
        Range range = range(from, to, today);
        List<WeekFigures> weeks = history.weeks(range.from, range.to, today);
        int scheduled = 0;
        int completed = 0;
        int low = 0;
        int doseDone = 0;
        int dosePrescribed = 0;
        List<AdherenceSeriesView.Point> points = new ArrayList<>();
        for (WeekFigures week : weeks) {
            IsoWeek isoWeek = IsoWeek.parse(week.week());
            points.add(AdherenceSeriesView.Point.of(week, history.programWeek(isoWeek)));
            scheduled += week.scheduled();
            completed += week.completed();
            low += week.lowAdherence() ? 1 : 0;
            WeekTotals totals = history.totals(isoWeek);
            doseDone += totals.doseSetsDone();
            dosePrescribed += totals.doseSetsPrescribed();
        }
        return new AdherenceSeriesView(history.patientId(), range.from.toString(), range.to.toString(), points,
                new AdherenceSeriesView.Totals(scheduled, completed, Adherence.ratio(completed, scheduled), low,
                        Adherence.dose(doseDone, dosePrescribed)),
                streaks(history, today));
    }

    @Transactional
    public PainTrendView painTrend(String patientPath, String from, String to) {
        PatientHistory history = readable(patientPath);
        LocalDate today = history.today(Instant.now());
        Range range = range(from, to, today);
        List<PainTrendView.Point> points = new ArrayList<>();
        for (IsoWeek week : IsoWeek.range(range.from, range.to)) {
            WeekTotals totals = history.totals(week);
            Integer programWeek = history.programWeek(week);
            points.add(new PainTrendView.Point(week.toString(), week.monday(), programWeek,
                    programWeek == null ? null : ExpectedCourse.phase(programWeek),
                    Adherence.mean(totals.painBeforeSum(), totals.painBeforeCount()), totals.painBeforeCount(),
                    Adherence.mean(totals.painAfterSum(), totals.painAfterCount()), totals.painAfterCount()));
        }
        return new PainTrendView(history.patientId(), range.from.toString(), range.to.toString(),
                history.headlinePainSeries(), history.painTrend(true), history.painTrend(false), points,
                course(history, today));
    }

    @Transactional
    public ExerciseTrendView exerciseTrend(String patientPath, String exercise, String from, String to) {
        if (exercise == null || exercise.length() > 80 || !SLUG.matcher(exercise).matches()) {
            throw ProblemException.badRequest("slug", "must be an exercise slug such as glute-bridge");
        }
        PatientHistory history = readable(patientPath);
        LocalDate today = history.today(Instant.now());
        Range range = range(from, to, today);
        Map<String, ExerciseWeek> byWeek = new LinkedHashMap<>();
        List<ExerciseWeek> all = ExerciseWeek.ofPatient(history.patientId(), exercise);
        for (ExerciseWeek week : all) {
            byWeek.put(week.isoWeek, week);
        }
        List<ExerciseTrendView.Point> points = new ArrayList<>();
        for (IsoWeek week : IsoWeek.range(range.from, range.to)) {
            ExerciseWeek done = byWeek.get(week.toString());
            points.add(new ExerciseTrendView.Point(week.toString(), week.monday(), done == null ? 0 : done.setsDone,
                    done == null ? null : done.bestReps, done == null ? null : done.bestHoldSeconds));
        }
        List<Integer> holds = all.stream().map(w -> w.bestHoldSeconds).filter(h -> h != null).toList();
        List<Integer> reps = all.stream().map(w -> w.bestReps).filter(r -> r != null).toList();
        return new ExerciseTrendView(history.patientId(), exercise, range.from.toString(), range.to.toString(), points,
                reps.stream().max(Comparator.naturalOrder()).orElse(null),
                holds.stream().max(Comparator.naturalOrder()).orElse(null),
                holds.isEmpty() ? null : holds.get(holds.size() - 1) - holds.get(0),
                reps.isEmpty() ? null : reps.get(reps.size() - 1) - reps.get(0));
    }

    @Transactional
    public SummaryView summary(String patientPath) {
        PatientHistory history = readable(patientPath);
        LocalDate today = history.today(Instant.now());
        IsoWeek current = IsoWeek.of(today);
        IsoWeek last = current.plusWeeks(-1);
        LocalDate windowFrom = today.minusDays(WINDOW_DAYS);
        LocalDate windowTo = today.minusDays(1);
        int scheduled = ProgramSchedule.plannedCount(history.programs(), windowFrom, windowTo);
        int completed = (int) history.countedSessions().stream()
                .filter(s -> !s.day().isBefore(windowFrom) && !s.day().isAfter(windowTo)).count();
        List<SummaryView.ExerciseBest> exercises = new ArrayList<>();
        Map<String, List<ExerciseWeek>> byExercise = new LinkedHashMap<>();
        for (ExerciseWeek week : ExerciseWeek.ofPatient(history.patientId())) {
            byExercise.computeIfAbsent(week.exercise, k -> new ArrayList<>()).add(week);
        }
        byExercise.forEach((exercise, weeks) -> {
            ExerciseWeek latest = weeks.get(weeks.size() - 1);
            exercises.add(new SummaryView.ExerciseBest(exercise, latest.isoWeek, latest.setsDone,
                    weeks.stream().map(w -> w.bestReps).filter(r -> r != null).max(Comparator.naturalOrder()).orElse(null),
                    weeks.stream().map(w -> w.bestHoldSeconds).filter(h -> h != null).max(Comparator.naturalOrder())
                            .orElse(null)));
        });
        return new SummaryView(history.patientId(), history.clinicId(), today, history.zone().getId(),
                AdherenceSeriesView.Point.of(history.week(current, today), history.programWeek(current)),
                AdherenceSeriesView.Point.of(history.week(last, today), history.programWeek(last)),
                new SummaryView.Window(windowFrom, windowTo, scheduled, completed, Adherence.ratio(completed, scheduled),
                        Adherence.low(completed, scheduled)),
                streaks(history, today),
                new SummaryView.Pain(history.headlinePainSeries(), history.painTrend(true), history.painTrend(false)),
                course(history, today),
                exercises,
                (int) Alert.count("patientId = ?1 and openKey is not null", history.patientId()),
                history.lastSessionOn());
    }

    /** The patient's pain scores as a FHIR searchset Bundle of Observations, oldest first. */
    @Transactional
    public Fhir.Bundle observations(String patientPath, String from, String to, int page, int count, String selfUrl) {
        PatientHistory history = readable(patientPath);
        LocalDate fromDay = QueryValues.date("from", from);
        LocalDate toDay = QueryValues.date("to", to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw ProblemException.badRequest("from", "must not be after to");
        }
        Instant start = fromDay == null ? Instant.EPOCH : fromDay.atStartOfDay(history.zone()).toInstant();
        Instant end = toDay == null ? Instant.parse("9999-12-31T00:00:00Z")
                : toDay.plusDays(1).atStartOfDay(history.zone()).toInstant();
        var query = PainScore.<PainScore> find("patientId = ?1 and occurredAt >= ?2 and occurredAt < ?3",
                io.quarkus.panache.common.Sort.ascending("occurredAt", "eventId"), history.patientId(), start, end);
        List<PainObservations.Score> scores = query.page(page, count).list().stream()
                .map(p -> new PainObservations.Score(p.eventId, p.patientId, p.score, p.timing, p.exercise, p.quality,
                        p.occurredAt))
                .toList();
        return PainObservations.bundle(selfUrl, scores, query.count());
    }

    /** The patient a path names, if the caller may read them; 404 otherwise. */
    PatientHistory readable(String patientPath) {
        String patientId = caller.patientFromPath(patientPath);
        PatientHistory history = histories.load(patientId, LocalDate.now());
        caller.requireRead(patientId, history.clinicId(), "Patient " + patientPath);
        return history;
    }

    static StreaksView streaks(PatientHistory history, LocalDate today) {
        IsoWeek current = IsoWeek.of(today);
        IsoWeek first = history.firstWeek(current);
        if (first.weeksUntil(current) > MAX_WEEKS) {
            first = current.plusWeeks(-MAX_WEEKS);
        }
        Streaks streaks = Streaks.of(history.weeks(first, current, today));
        return new StreaksView(streaks.current(), streaks.longest());
    }

    static CourseView course(PatientHistory history, LocalDate today) {
        Integer programWeek = history.programWeek(IsoWeek.of(today));
        String phase = programWeek == null ? null : ExpectedCourse.phase(programWeek);
        String expectation = phase == null ? null : ExpectedCourse.MILESTONES.stream()
                .filter(m -> m.phase().equals(phase)).findFirst().orElseThrow().expectation();
        PainTrend pain = history.headlinePain();
        return new CourseView(programWeek, phase, expectation,
                programWeek == null ? ExpectedCourse.NO_PAIN_DATA : ExpectedCourse.status(programWeek, pain),
                ExpectedCourse.MILESTONES);
    }

    private record Range(IsoWeek from, IsoWeek to) {
    }

    private static Range range(String from, String to, LocalDate today) {
        IsoWeek end = to == null || to.isBlank() ? IsoWeek.of(today) : parseWeek("to", to);
        IsoWeek start = from == null || from.isBlank() ? end.plusWeeks(-(DEFAULT_WEEKS - 1)) : parseWeek("from", from);
        if (start.compareTo(end) > 0) {
            throw ProblemException.badRequest("from", "must not be after to");
        }
        if (start.weeksUntil(end) >= MAX_WEEKS) {
            throw ProblemException.badRequest("from", "a range spans at most " + MAX_WEEKS + " weeks");
        }
        return new Range(start, end);
    }

    private static IsoWeek parseWeek(String field, String text) {
        try {
            return field.equals("week") ? IsoWeek.parse(text) : IsoWeek.parseWeekOrDate(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(field, e.getMessage());
        }
    }
}
