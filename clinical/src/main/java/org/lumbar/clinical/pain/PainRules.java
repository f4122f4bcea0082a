package org.lumbar.clinical.pain;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lumbar.clinical.alerts.AlertRule;
import org.lumbar.clinical.alerts.AlertRules;

/**
 * Answers one pain report with the first {@link PainRule} that holds, safest first: red flags stop the session,
 * pain on a second exercise sends the patient to a clinician, a severe score or a warning quality stops the
 * exercise, a flare-up day swaps strengthening for Gentle Relief, and anything else carries on.
 */
public final class PainRules {

    /** Severe pain starts here, the same threshold analytics alerts on. */
    public static final int SEVERE_FROM = AlertRules.SEVERE_PAIN_FROM;
    /** Pain before a session from which the day counts as a flare-up day. */
    public static final int FLARE_UP_FROM = 5;
    /** Severe pain on two sessions this many days apart or less is severe pain that is not improving. */
    public static final int NOT_IMPROVING_WITHIN_DAYS = 7;
    /** Soreness up to this score is the mild soreness the seeds call normal; more is moderate pain. */
    public static final int MILD_UP_TO = 4;
    /** "Several exercises": this many different exercises hurting in one session. */
    public static final int SEVERAL_EXERCISES = AlertRules.SEVERAL_EXERCISES;

    private PainRules() {
    }

    public static PainAssessment assess(PainReport report, PainContext context) {
        PainRule rule = rule(report, context);
        return new PainAssessment(rule, alerts(rule, report.score()));
    }

    /**
     * The rule that answered a report another service published: the one it names, or for events from before the
     * rule book named it, the rules applied to what the event says, with the exercises that already hurt in the
     * session as the reader knows them.
     */
    public static PainRule namedOrAssessed(String ruleId, PainReport report, Set<String> painfulExercisesEarlier) {
        if (ruleId != null) {
            Optional<PainRule> named = PainRule.ofId(ruleId);
            if (named.isPresent()) {
                return named.get();
            }
        }
        Set<String> others = new HashSet<>(painfulExercisesEarlier);
        others.remove(report.exercise());
        return rule(report, new PainContext(List.of(), others, Set.of(), null, false));
    }

    /** The alerts a report answered by {@code rule} raises: the rule's own, and severe pain for any score of 7+. */
    public static Set<AlertRule> alerts(PainRule rule, int score) {
        Set<AlertRule> alerts = EnumSet.noneOf(AlertRule.class);
        if (rule.alert != null) {
            alerts.add(rule.alert);
        }
        if (score >= SEVERE_FROM) {
            alerts.add(AlertRule.SEVERE_PAIN);
        }
        return alerts;
    }

    static PainRule rule(PainReport report, PainContext context) {
        if (!report.redFlags().isEmpty()) {
            return PainRule.RED_FLAG_REPORTED;
        }
        if (report.quality() != null && report.quality().nerve()) {
            return PainRule.RED_FLAG_NUMBNESS_TINGLING;
        }
        if (intoTheLeg(report)) {
            return PainRule.RED_FLAG_LEG;
        }
        if (severeNotImproving(report, context)) {
            return PainRule.RED_FLAG_SEVERE_NOT_IMPROVING;
        }
        boolean severe = report.score() >= SEVERE_FROM;
        boolean warning = report.quality() != null && report.quality().warning();
        if (report.duringExercise() && (severe || warning)) {
            if (anotherExerciseHurt(report, context)) {
                return PainRule.SEVERAL_EXERCISES;
            }
            return severe ? PainRule.SEVERE_DURING_EXERCISE : PainRule.WARNING_DURING_EXERCISE;
        }
        if (severe) {
            return PainRule.SEVERE_OUTSIDE_EXERCISE;
        }
        if (warning) {
            return PainRule.WARNING_OUTSIDE_EXERCISE;
        }
        if (report.timing() == Timing.BEFORE && context.strengthDay()
                && (report.flareUp() || report.score() >= FLARE_UP_FROM)) {
            return PainRule.FLARE_UP_DAY;
        }
        if (report.quality() == Quality.SORENESS && report.score() <= MILD_UP_TO) {
            return PainRule.MILD_SORENESS;
        }
        return PainRule.TOLERABLE;
    }

    /**
     * Pain in the leg, or radiating pain whose place the patient did not give: it may run into the leg, and when
     * unsure the safe answer wins.
     */
    static boolean intoTheLeg(PainReport report) {
        return report.region() == BodyRegion.LEG
                || (report.quality() == Quality.RADIATING && report.region() == null);
    }

    /**
     * Severe now, and severe before without easing: an earlier score of this session at least as high as 7 that
     * this one does not go below, or a severe score in the previous session of the last week.
     */
    static boolean severeNotImproving(PainReport report, PainContext context) {
        if (report.score() < SEVERE_FROM) {
            return false;
        }
        boolean severeEarlierToday = context.earlierScores().stream()
                .anyMatch(earlier -> earlier >= SEVERE_FROM && report.score() >= earlier);
        boolean severeLastSession = context.worstScoreLastSession() != null
                && context.worstScoreLastSession() >= SEVERE_FROM;
        return severeEarlierToday || severeLastSession;
    }

    static boolean anotherExerciseHurt(PainReport report, PainContext context) {
        long others = context.painfulExercisesEarlier().stream()
                .filter(e -> !e.equals(report.exercise()) && !context.variantsOfExercise().contains(e))
                .count();
        return others + 1 >= SEVERAL_EXERCISES;
    }
}
