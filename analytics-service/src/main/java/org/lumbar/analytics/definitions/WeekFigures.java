package org.lumbar.analytics.definitions;

import java.time.LocalDate;

import org.lumbar.clinical.measures.Adherence;
import org.lumbar.clinical.measures.IsoWeek;
import org.lumbar.clinical.schedule.MovementGoal;

/**
 * One ISO week of a patient, every figure as the README defines it.
 *
 * @param inProgress the week has not ended yet in the patient's calendar; it is not judged low until it has
 * @param nonConsecutiveKept null when no schedule in force that week asks for non-consecutive days
 */
public record WeekFigures(
        String week,
        LocalDate weekStart,
        boolean inProgress,
        int scheduled,
        int completed,
        Double adherence,
        int scheduledSoFar,
        Double adherenceSoFar,
        boolean lowAdherence,
        int abandoned,
        Double doseAdherence,
        Boolean nonConsecutiveKept,
        Double painBefore,
        Double painAfter,
        MovementGoal movement) {

    /**
     * @param scheduledSoFar the sessions planned from Monday up to today for a week in progress, the whole week's
     *        otherwise (rule adherence.week-so-far)
     */
    public static WeekFigures of(IsoWeek week, boolean inProgress, int scheduled, int scheduledSoFar,
            WeekTotals totals, Boolean nonConsecutiveKept) {
        return new WeekFigures(week.toString(), week.monday(), inProgress, scheduled, totals.sessionsCompleted(),
                Adherence.ratio(totals.sessionsCompleted(), scheduled), scheduledSoFar,
                Adherence.ratio(totals.sessionsCompleted(), scheduledSoFar),
                !inProgress && Adherence.low(totals.sessionsCompleted(), scheduled),
                totals.sessionsAbandoned(),
                Adherence.dose(totals.doseSetsDone(), totals.doseSetsPrescribed()),
                nonConsecutiveKept,
                Adherence.mean(totals.painBeforeSum(), totals.painBeforeCount()),
                Adherence.mean(totals.painAfterSum(), totals.painAfterCount()),
                new MovementGoal(totals.aerobicMinutes(), totals.strengthSessions()));
    }

    /** Whether the week already reached the 70% split of its schedule (a week in progress can count early). */
    public boolean adherent() {
        return scheduled > 0 && !Adherence.low(completed, scheduled);
    }
}
