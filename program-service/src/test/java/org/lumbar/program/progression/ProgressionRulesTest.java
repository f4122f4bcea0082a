package org.lumbar.program.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumbar.contracts.program.ProgramItem;
import org.lumbar.program.domain.Proposal.Kind;
import org.lumbar.program.progression.ProgressionRules.Outcome;
import org.lumbar.program.progression.ProgressionRules.Step;

class ProgressionRulesTest {

    private static final Outcome GOOD = new Outcome(true, 2, false);

    @ParameterizedTest(name = "{0} {1} sets, hold {2}, catalog max {3}, harder {4} -> {5} sets {6} hold {7} {8}")
    @CsvSource(nullValues = "-", value = {
            // exercise, sets, hold, catalog hold max, harder, expected kind, new sets, new hold, target
            "side-plank,    1, 15, 30, -,             INCREASE_HOLD,  -, 25, -",
            "side-plank,    1, 20, 30, -,             INCREASE_HOLD,  -, 30, -",
            "side-plank,    1, 30, 30, -,             INCREASE_HOLD,  -, 45, -",
            "side-plank,    1, 45, 30, -,             INCREASE_HOLD,  -, 60, -",
            "side-plank,    1, 60, 30, -,             ADD_SET,        2, -,  -",
            "forearm-plank, 2, 55, 45, -,             INCREASE_HOLD,  -, 60, -",
            "forearm-plank, 3, 60, 45, side-plank,    MOVE_TO_HARDER, -, -,  side-plank",
            "knee-to-chest, 1, 20, 30, -,             INCREASE_HOLD,  -, 30, -",
            "knee-to-chest, 2, 30, 30, -,             ADD_SET,        3, -,  -",
            "glute-bridge,  2, -,  -,  bridge-leg-lift, ADD_SET,      3, -,  -",
            "glute-bridge,  3, -,  -,  bridge-leg-lift, MOVE_TO_HARDER, -, -, bridge-leg-lift",
    })
    void threeGoodSessionsProgressHoldThenSetsThenTheHarderVariant(String exercise, int sets, Integer hold,
            Integer catalogMax, String harder, Kind kind, Integer newSets, Integer newHold, String target) {
        ProgramItem item = new ProgramItem(exercise, sets, hold == null ? 12 : null, hold, false, null);
        Step step = ProgressionRules.progression(item, List.of(GOOD, GOOD, GOOD), catalogMax, Optional.ofNullable(harder))
                .orElseThrow();
        assertThat(step.kind()).isEqualTo(kind);
        assertThat(step.newSets()).isEqualTo(newSets);
        assertThat(step.newHold()).isEqualTo(newHold);
        assertThat(step.targetExercise()).isEqualTo(target);
    }

    @Test
    void aFullyProgressedExerciseWithoutAHarderVariantStaysAsItIs() {
        ProgramItem item = new ProgramItem("cat-cow", 3, 15, null, false, null);
        assertThat(ProgressionRules.progression(item, List.of(GOOD, GOOD, GOOD), null, Optional.empty())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "one of the three missed the dose,        false, 2, false",
            "one of the three hurt more than 3,        true,  4, false",
            "one of the three had sharp pain,          true,  1, true",
    })
    void anySessionThatWasNotGoodBlocksProgression(String why, boolean fullDose, int pain, boolean warning) {
        ProgramItem item = new ProgramItem("glute-bridge", 2, 12, null, false, null);
        List<Outcome> recent = List.of(GOOD, new Outcome(fullDose, pain, warning), GOOD);
        assertThat(ProgressionRules.progression(item, recent, null, Optional.empty())).isEmpty();
    }

    @Test
    void fewerThanThreeSessionsAreNotEnough() {
        ProgramItem item = new ProgramItem("glute-bridge", 2, 12, null, false, null);
        assertThat(ProgressionRules.progression(item, List.of(GOOD, GOOD), null, Optional.empty())).isEmpty();
        assertThat(ProgressionRules.progression(item, Collections.emptyList(), null, Optional.empty())).isEmpty();
    }

    @ParameterizedTest(name = "{0} pain with easier variant {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "sharp,     knee-to-chest-towel, knee-to-chest-towel",
            "stabbing,  side-plank-bent-knee, side-plank-bent-knee",
            "radiating, dead-bug-leg-only,   dead-bug-leg-only",
            "sharp,     -,                   -",
            "ache,      knee-to-chest-towel, -",
            "soreness,  knee-to-chest-towel, -",
            "-,         knee-to-chest-towel, -",
    })
    void warningPainProposesTheEasierVariant(String quality, String easier, String expected) {
        Optional<Step> step = ProgressionRules.afterPain("some-exercise", quality, Optional.ofNullable(easier));
        assertThat(step.map(Step::targetExercise).orElse(null)).isEqualTo(expected);
        step.ifPresent(s -> assertThat(s.kind()).isEqualTo(Kind.MOVE_TO_EASIER));
    }

    @Test
    void significantPainOnTwoExercisesProposesAPause() {
        assertThat(ProgressionRules.pause(List.of("cat-cow"))).isEmpty();
        assertThat(ProgressionRules.pause(List.of("cat-cow", "cat-cow"))).isEmpty();
        assertThat(ProgressionRules.pause(List.of("cat-cow", "pelvic-tilt")).map(Step::kind))
                .contains(Kind.PAUSE_AND_SEE_CLINICIAN);
    }

    @ParameterizedTest(name = "score {0}, {1} -> significant {2}")
    @CsvSource(nullValues = "-", value = { "3, ache, false", "4, -, true", "2, sharp, true", "1, radiating, true",
            "3, soreness, false" })
    void painIsSignificantFromFourOrWithAWarningQuality(int score, String quality, boolean significant) {
        assertThat(ProgressionRules.significant(score, quality)).isEqualTo(significant);
    }
}
