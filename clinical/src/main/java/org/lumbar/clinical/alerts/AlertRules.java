package org.lumbar.clinical.alerts;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;


/**
 * When an alert rule holds (DESIGN.md §2, the bar commercial home-exercise platforms set):
 * <ul>
 * <li>critical: any red flag (numbness or tingling, pain after a fall, severe pain not improving, bladder or bowel
 * trouble, fever; a report of tingling or numbness counts too) or a pain score of 7 or more;</li>
 * <li>high: weekly mean pain up 2 points or more from the baseline week; sharp, stabbing or radiating pain on two or
 * more exercises of one session; no session for 14 days while a program is in force;</li>
 * <li>low: weekly mean pain of 5 or more and up at least 1 point from the baseline; no session for 2 days while the
 * program expected one.</li>
 * </ul>
 */
public final class AlertRules {

    public static final Set<String> WARNING_QUALITIES = Set.of("sharp", "stabbing", "radiating");
    public static final Set<String> NERVE_QUALITIES = Set.of("tingling", "numbness");
    public static final int SEVERE_PAIN_FROM = 7;
    public static final int SEVERAL_EXERCISES = 2;
    public static final double PAIN_INCREASE_POINTS = 2.0;
    public static final double PAIN_ELEVATED_FROM = 5.0;
    public static final double PAIN_ELEVATED_RISE = 1.0;
    private static final double EPSILON = 1e-9;

    private AlertRules() {
    }

    public static boolean redFlag(Collection<String> redFlags, String quality) {
        return (redFlags != null && !redFlags.isEmpty()) || (quality != null && NERVE_QUALITIES.contains(quality));
    }

    public static boolean severePain(int score) {
        return score >= SEVERE_PAIN_FROM;
    }

    /** Sharp, stabbing or radiating pain tied to an exercise. */
    public static boolean warningPain(String quality, String exercise) {
        return exercise != null && quality != null && WARNING_QUALITIES.contains(quality);
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
