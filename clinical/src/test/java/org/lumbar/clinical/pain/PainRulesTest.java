package org.lumbar.clinical.pain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumbar.clinical.alerts.AlertRule;

/**
 * The pain rule table: every combination the rules tell apart, one row each. Columns: score, timing, quality,
 * region, red flag, exercise, flare-up ticked, strength day, exercises that already hurt this session, the expected
 * rule. An empty cell is "not given".
 */
class PainRulesTest {

    @ParameterizedTest(name = "{0}/10 {1} {2} {3} {4} on {5} -> {10}")
    @CsvSource(nullValues = "", value = {
            // red flags win over everything, whatever the score, timing or place
            "2, before, ache,      back,    fever,             ,              false, false, ,            pain.red-flag.reported",
            "0, during, ,          ,        after-fall,        bird-dog,      false, true,  ,            pain.red-flag.reported",
            "3, after,  soreness,  back,    bladder-bowel,     ,              false, false, ,            pain.red-flag.reported",
            "1, during, tingling,  back,    ,                  cat-cow,       false, false, ,            pain.red-flag.numbness-tingling",
            "2, before, numbness,  ,        ,                  ,              false, false, ,            pain.red-flag.numbness-tingling",
            "4, during, radiating, leg,     ,                  glute-bridge,  false, true,  ,            pain.red-flag.leg",
            "2, during, ache,      leg,     ,                  glute-bridge,  false, true,  ,            pain.red-flag.leg",
            "3, after,  ,          leg,     ,                  ,              false, false, ,            pain.red-flag.leg",
            "5, during, radiating, ,        ,                  bird-dog,      false, true,  ,            pain.red-flag.leg",
            // a second exercise that hurts, even after its modification: see a clinician
            "5, during, sharp,     back,    ,                  bird-dog,      false, true,  glute-bridge, pain.several-exercises",
            "8, during, ache,      back,    ,                  bird-dog,      false, true,  glute-bridge, pain.several-exercises",
            // the same exercise again, or its modification, is one exercise still hurting
            "5, during, sharp,     back,    ,                  knee-to-chest, false, false, knee-to-chest, pain.warning.during-exercise",
            "5, during, sharp,     back,    ,                  knee-to-chest, false, false, knee-to-chest-towel, pain.warning.during-exercise",
            // severe scores stop the exercise, of any quality
            "8, during, ache,      back,    ,                  cat-cow,       false, false, ,            pain.severe.during-exercise",
            "7, during, ,          ,        ,                  cat-cow,       false, false, ,            pain.severe.during-exercise",
            "10, during, soreness, buttock, ,                  cat-cow,       false, false, ,            pain.severe.during-exercise",
            "7, before, ache,      back,    ,                  ,              false, true,  ,            pain.severe.rest",
            "9, after,  soreness,  back,    ,                  ,              false, false, ,            pain.severe.rest",
            "7, during, ache,      back,    ,                  ,              false, false, ,            pain.severe.rest",
            // sharp, stabbing and radiating (not into the leg) stop the exercise: try the modification
            "3, during, sharp,     back,    ,                  knee-to-chest, false, false, ,            pain.warning.during-exercise",
            "6, during, stabbing,  ,        ,                  glute-bridge,  false, true,  ,            pain.warning.during-exercise",
            "4, during, radiating, buttock, ,                  glute-bridge,  false, true,  ,            pain.warning.during-exercise",
            "4, before, sharp,     back,    ,                  ,              false, true,  ,            pain.warning.rest",
            "3, after,  stabbing,  back,    ,                  ,              false, false, ,            pain.warning.rest",
            // a flare-up day before strengthening: Gentle Relief instead
            "5, before, ache,      back,    ,                  ,              false, true,  ,            pain.flare-up-day",
            "6, before, ,          ,        ,                  ,              false, true,  ,            pain.flare-up-day",
            "2, before, ache,      back,    ,                  ,              true,  true,  ,            pain.flare-up-day",
            "5, before, ache,      back,    ,                  ,              false, false, ,            pain.tolerable",
            "4, before, ache,      back,    ,                  ,              false, true,  ,            pain.tolerable",
            "6, after,  ache,      back,    ,                  ,              false, true,  ,            pain.tolerable",
            // mild soreness is normal
            "3, after,  soreness,  back,    ,                  ,              false, false, ,            pain.mild-soreness",
            "4, during, soreness,  buttock, ,                  glute-bridge,  false, true,  ,            pain.mild-soreness",
            "5, during, soreness,  buttock, ,                  glute-bridge,  false, true,  ,            pain.tolerable",
            "6, after,  soreness,  back,    ,                  ,              false, false, ,            pain.tolerable",
            "0, before, ,          ,        ,                  ,              false, false, ,            pain.tolerable",
            "6, during, ache,      buttock, ,                  cat-cow,       false, false, glute-bridge, pain.tolerable",
    })
    void theFirstRuleThatHoldsAnswers(int score, String timing, String quality, String region, String redFlag,
            String exercise, boolean flareUp, boolean strengthDay, String hurtEarlier, String expected) {
        PainReport report = new PainReport(score, Timing.ofCode(timing).orElseThrow(),
                quality == null ? null : Quality.ofCode(quality).orElseThrow(),
                region == null ? null : BodyRegion.ofCode(region).orElseThrow(),
                redFlag == null ? Set.of() : Set.of(RedFlag.ofCode(redFlag).orElseThrow()), exercise, flareUp);
        Set<String> variants = "knee-to-chest".equals(exercise) ? Set.of("knee-to-chest-towel", "double-knee-to-chest")
                : Set.of();
        PainContext context = new PainContext(List.of(), hurtEarlier == null ? Set.of() : Set.of(hurtEarlier),
                variants, null, strengthDay);
        assertEquals(expected, PainRules.assess(report, context).rule().id());
    }

    @Test
    void severePainThatDoesNotEaseIsARedFlag() {
        PainReport eight = report(8, Timing.DURING, Quality.ACHE, "cat-cow");
        PainContext severeBefore = new PainContext(List.of(8), Set.of(), Set.of(), null, false);
        assertEquals(PainRule.RED_FLAG_SEVERE_NOT_IMPROVING, PainRules.assess(eight, severeBefore).rule());

        PainContext easing = new PainContext(List.of(9), Set.of(), Set.of(), null, false);
        assertEquals(PainRule.SEVERE_DURING_EXERCISE, PainRules.assess(eight, easing).rule());

        PainContext severeLastSession = new PainContext(List.of(), Set.of(), Set.of(), 7, false);
        assertEquals(PainRule.RED_FLAG_SEVERE_NOT_IMPROVING,
                PainRules.assess(report(7, Timing.BEFORE, null, null), severeLastSession).rule());

        PainContext moderateLastSession = new PainContext(List.of(), Set.of(), Set.of(), 6, false);
        assertEquals(PainRule.SEVERE_OUTSIDE_EXERCISE,
                PainRules.assess(report(7, Timing.BEFORE, null, null), moderateLastSession).rule());
        assertEquals(PainRule.TOLERABLE,
                PainRules.assess(report(6, Timing.BEFORE, null, null), severeLastSession).rule());
    }

    @Test
    void anyScoreOfSevenOrMoreRaisesTheSevereAlertBesideTheRulesOwn() {
        PainAssessment redFlagAtEight = PainRules.assess(
                new PainReport(8, Timing.DURING, Quality.RADIATING, BodyRegion.LEG, Set.of(), "bird-dog", false),
                PainContext.NONE);
        assertEquals(Set.of(AlertRule.RED_FLAG, AlertRule.SEVERE_PAIN), redFlagAtEight.alerts());
        assertEquals(Set.of(AlertRule.SEVERE_PAIN),
                PainRules.assess(report(8, Timing.DURING, Quality.ACHE, "cat-cow"), PainContext.NONE).alerts());
        assertEquals(Set.of(), PainRules.assess(report(6, Timing.DURING, Quality.SHARP, "cat-cow"), PainContext.NONE)
                .alerts());
    }

    @Test
    void anOlderEventsFreeTextLocationInTheLegIsStillTheLegRedFlag() {
        PainReport legacy = PainReport.fromCodes(3, "during", "ache", "Left leg, behind the knee", List.of(), "cat-cow",
                false);
        assertEquals(PainRule.RED_FLAG_LEG, PainRules.assess(legacy, PainContext.NONE).rule());
        assertEquals(PainRule.TOLERABLE, PainRules.assess(PainReport.fromCodes(3, "during", "ache", "lower back",
                List.of(), "cat-cow", false), PainContext.NONE).rule());
    }

    @Test
    void everyRuleHasWordsForThePatient() {
        for (PainRule rule : PainRule.values()) {
            String text = PainAnswers.text(rule, "knee-to-chest-towel", "Knee-to-Chest with a Towel");
            assertTrue(text != null && text.length() > 40, rule.id());
            assertTrue(!text.contains("{"), rule.id() + " leaves a placeholder: " + text);
        }
        assertTrue(PainAnswers.text(PainRule.WARNING_DURING_EXERCISE, "knee-to-chest-towel", "Knee-to-Chest with a Towel")
                .contains("Knee-to-Chest with a Towel (knee-to-chest-towel)"));
        assertTrue(PainAnswers.text(PainRule.WARNING_DURING_EXERCISE, null, null).contains("smaller range"));
    }

    private static PainReport report(int score, Timing timing, Quality quality, String exercise) {
        return new PainReport(score, timing, quality, BodyRegion.BACK, Set.of(), exercise, false);
    }
}
