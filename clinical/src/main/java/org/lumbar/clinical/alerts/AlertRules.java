package org.lumbar.clinical.alerts;

import java.util.Optional;


/**
 * When an alert rule holds (DESIGN.md §2, the bar commercial home-exercise platforms set):
 * <ul>
 * <li>critical: any red flag (which reports are red flags is the pain rules' call, {@code PainRule#redFlag}) or a
 * pain score of 7 or more;</li>
 * <li>high: weekly mean pain up 2 points or more from the baseline week; sharp, stabbing or radiating pain on two or
 * more exercises of one session; no session for 14 days while a program is in force;</li>
 * <li>low: weekly mean pain of 5 or more and up at least 1 point from the baseline; no session for 2 days while the
 * program expected one.</li>
 * </ul>
 */
public final class AlertRules {

    public static final int SEVERE_PAIN_FROM = 7;
    public static final int SEVERAL_EXERCISES = 2;
    public static final double PAIN_INCREASE_POINTS = 2.0;
    public static final double PAIN_ELEVATED_FROM = 5.0;
    public static final double PAIN_ELEVATED_RISE = 1.0;
    private static final double EPSILON = 1e-9;

    private AlertRules() {
    }

    public static boolean severePain(int score) {
        return score >= SEVERE_PAIN_FROM;
    }

    public static boolean warningPainOnSeveralExercises(int exercisesWithWarningPain) {
        return exercisesWithWarningPain >= SEVERAL_EXERCISES;
    }

    /**
     * The latest week's mean pain before and after sessions against the baselines of the same series (unrounded;
     * null where there is none).
     */
    public record PainLevels(Double weekBefore, Double baselineBefore, Double weekAfter, Double baselineAfter) {
    }

    /** Which pain-trend rule holds, the high one first; empty when neither does. */
    public static Optional<AlertRule> painTrend(PainLevels levels) {
        Double riseBefore = rise(levels.weekBefore(), levels.baselineBefore());
        Double riseAfter = rise(levels.weekAfter(), levels.baselineAfter());
        if (atLeast(riseBefore, PAIN_INCREASE_POINTS) || atLeast(riseAfter, PAIN_INCREASE_POINTS)) {
            return Optional.of(AlertRule.PAIN_INCREASE);
        }
        if ((atLeast(riseBefore, PAIN_ELEVATED_RISE) && atLeast(levels.weekBefore(), PAIN_ELEVATED_FROM))
                || (atLeast(riseAfter, PAIN_ELEVATED_RISE) && atLeast(levels.weekAfter(), PAIN_ELEVATED_FROM))) {
            return Optional.of(AlertRule.PAIN_ELEVATED);
        }
        return Optional.empty();
    }

    private static Double rise(Double week, Double baseline) {
        return week == null || baseline == null ? null : week - baseline;
    }

    private static boolean atLeast(Double value, double threshold) {
        return value != null && value >= threshold - EPSILON;
    }
}
