package org.lumbar.clinical.pain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lumbar.clinical.alerts.AlertRule;

/**
 * For every report the rules tell apart, the three readers of one answer agree: what session-service tells the
 * patient, what program-service does to the program (from the rule id on the event) and what analytics alerts
 * (from the rule id and score on the event).
 */
class PainAgreementTest {

    @Test
    void theAnswerTheProgramAndTheAlertNeverDisagree() {
        int checked = 0;
        for (PainReport report : everyReport()) {
            for (PainContext context : everyContext()) {
                PainAssessment answer = PainRules.assess(report, context);
                PainRule onTheEvent = PainRule.ofId(answer.rule().id()).orElseThrow();
                ProgramReaction program = onTheEvent.reaction;
                Set<AlertRule> analytics = PainRules.alerts(onTheEvent, report.score());
                String what = report + " " + context + " -> " + answer.rule().id();

                assertEquals(answer.alerts(), analytics, what);
                boolean stopsTheSession = answer.action() == PainAction.STOP_SEE_CLINICIAN;
                assertEquals(stopsTheSession, program == ProgramReaction.PAUSE_FOR_CLINICIAN, what);
                assertEquals(stopsTheSession, analytics.contains(AlertRule.RED_FLAG)
                        || analytics.contains(AlertRule.WARNING_PAIN_SEVERAL_EXERCISES), what);
                if (report.score() >= PainRules.SEVERE_FROM) {
                    assertTrue(analytics.contains(AlertRule.SEVERE_PAIN), what);
                    assertTrue(EnumSet.of(PainAction.STOP_EXERCISE, PainAction.REST_TODAY, PainAction.STOP_SEE_CLINICIAN)
                            .contains(answer.action()), what);
                } else {
                    assertFalse(analytics.contains(AlertRule.SEVERE_PAIN), what);
                }
                boolean stopsTheExercise = answer.action() == PainAction.MODIFY
                        || answer.action() == PainAction.STOP_EXERCISE;
                assertEquals(stopsTheExercise, program == ProgramReaction.PROPOSE_REGRESSION, what);
                if (answer.action() == PainAction.CONTINUE || answer.action() == PainAction.GENTLE_RELIEF) {
                    assertTrue(analytics.isEmpty(), what);
                    assertEquals(ProgramReaction.NONE, program, what);
                }
                if (!report.redFlags().isEmpty() || report.region() == BodyRegion.LEG
                        || (report.quality() != null && report.quality().nerve())) {
                    assertTrue(answer.rule().redFlag(), what);
                }
                checked++;
            }
        }
        assertTrue(checked > 50_000, "checked " + checked);
    }

    private static List<PainReport> everyReport() {
        List<Quality> qualities = new ArrayList<>(List.of(Quality.values()));
        qualities.add(null);
        List<BodyRegion> regions = new ArrayList<>(List.of(BodyRegion.values()));
        regions.add(null);
        List<Set<RedFlag>> flags = new ArrayList<>();
        flags.add(Set.of());
        for (RedFlag flag : RedFlag.values()) {
            flags.add(Set.of(flag));
        }
        List<PainReport> reports = new ArrayList<>();
        for (int score = 0; score <= 10; score++) {
            for (Timing timing : Timing.values()) {
                for (Quality quality : qualities) {
                    for (BodyRegion region : regions) {
                        for (Set<RedFlag> flag : flags) {
                            for (String exercise : new String[] { null, "glute-bridge" }) {
                                for (boolean flareUp : new boolean[] { false, true }) {
                                    reports.add(new PainReport(score, timing, quality, region, flag, exercise, flareUp));
                                }
                            }
                        }
                    }
                }
            }
        }
        return reports;
    }

    private static List<PainContext> everyContext() {
        return List.of(PainContext.NONE,
                new PainContext(List.of(8), Set.of(), Set.of(), null, true),
                new PainContext(List.of(3), Set.of("bird-dog"), Set.of(), null, true),
                new PainContext(List.of(), Set.of("bridge-leg-lift"), Set.of("bridge-leg-lift"), null, false),
                new PainContext(List.of(), Set.of(), Set.of(), 9, true));
    }
}
