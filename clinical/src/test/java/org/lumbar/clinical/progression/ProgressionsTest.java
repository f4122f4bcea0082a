package org.lumbar.clinical.progression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The progression rules on the catalog's own doses ({@link CatalogDoses}). Doses are written {@code sets x reps x
 * hold}, a dash where the dose has none, {@code /side} when done on each side; a walk is the steps {@code progress}
 * proposes one after another, a week apart, after three good sessions each time.
 */
class ProgressionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 12);
    private static final SessionOutcome GOOD = new SessionOutcome(true, 2, false);
    private static final List<SessionOutcome> THREE_GOOD = List.of(GOOD, GOOD, GOOD);
    private static final Optional<LocalDate> A_WEEK_AGO = Optional.of(TODAY.minusDays(7));

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(delimiter = '|', value = {
            "glute-bridge | 2x10x5 | MORE_REPS 2x12x5 > MORE_REPS 2x14x5 > MORE_REPS 2x15x5 > ADD_SET 3x15x5"
                    + " > HARDER_VARIANT bridge-leg-lift 3x-x2/side",
            "glute-bridge | 2x10x3 | LONGER_HOLD 2x10x5 > MORE_REPS 2x12x5 > MORE_REPS 2x14x5 > MORE_REPS 2x15x5"
                    + " > ADD_SET 3x15x5 > HARDER_VARIANT bridge-leg-lift 3x-x2/side",
            "glute-bridge | 2x12x- | MORE_REPS 2x14x- > MORE_REPS 2x15x- > ADD_SET 3x15x-"
                    + " > HARDER_VARIANT bridge-leg-lift 3x-x2/side",
            "bird-dog     | 2x8x5  | MORE_REPS 2x10x5/side > MORE_REPS 2x12x5/side > ADD_SET 3x12x5/side"
                    + " > HARDER_VARIANT bird-dog-crunch 3x12x-/side",
            "bird-dog     | 2x8x2  | LONGER_HOLD 2x8x5/side > MORE_REPS 2x10x5/side > MORE_REPS 2x12x5/side"
                    + " > ADD_SET 3x12x5/side > HARDER_VARIANT bird-dog-crunch 3x12x-/side",
            "cat-cow      | 1x10x- | MORE_REPS 1x12x- > MORE_REPS 1x14x- > MORE_REPS 1x15x-",
            "pelvic-tilt  | 1x10x3 | LONGER_HOLD 1x10x5 > MORE_REPS 1x12x5" })
    void addsRepsBeforeSets(String slug, String start, String expected) {
        assertEquals(expected, walk(slug, start, CatalogDoses.harderThan(slug)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(delimiter = '|', value = {
            "knee-to-chest        | 1x2x10 | LONGER_HOLD 1x2x20/side > LONGER_HOLD 1x2x30/side",
            "knee-to-chest-towel  | 1x2x20 | LONGER_HOLD 1x2x30/side",
            "double-knee-to-chest | 1x-x20 | LONGER_HOLD 1x-x30",
            "knee-to-chest        | 1x2x30 | ''",
            "cat-cow              | 1x15x- | ''",
            "pelvic-tilt          | 1x12x5 | ''",
            "foam-rolling         | 1x-x20 | LONGER_HOLD 1x-x30" })
    void neverAddsSetsToAStretch(String slug, String start, String expected) {
        assertEquals(expected, walk(slug, start, Optional.empty()));
    }

    @ParameterizedTest(name = "{0} category {1}")
    @CsvSource({
            "core-stability, STRENGTHENING",
            "functional-strength, STRENGTHENING",
            "stretch, STRETCH",
            "mobility, MOBILITY",
            "breathing, OTHER",
            "self-massage, OTHER",
            ", OTHER" })
    void mapsCatalogCategoriesToKinds(String category, ExerciseFacts.Kind kind) {
        assertEquals(kind, ExerciseFacts.Kind.ofCategory(category));
    }

    /** The first step from a dose whose reps and sets are at their ceilings, so only the hold can move. */
    @ParameterizedTest(name = "{0} holding {1} s -> {2}")
    @CsvSource({
            "forearm-plank, 20, 30",
            "forearm-plank, 25, 35",
            "forearm-plank, 30, 45",
            "forearm-plank, 35, 50",
            "forearm-plank, 45, 60", // past the catalog's 45 s: the seed's 10-15 s longer, up to 60 s
            "forearm-plank, 50, 60",
            "forearm-plank, 60, ",
            "knee-to-chest, 10, 20",
            "knee-to-chest, 25, 30",
            "knee-to-chest, 30, ",
            "double-knee-to-chest, 20, 30",
            "side-plank-bent-knee, 15, 20",
            "side-plank-bent-knee, 20, ",
            "glute-bridge, 3, 5", // a ceiling under 10 s is reached in one step
            "bird-dog, 2, 5",
            "pelvic-tilt, 4, 5",
            "glute-bridge, 5, " })
    void stepsHoldsByTenToFifteenSecondsToTheSeedCeilings(String slug, int hold, Integer expected) {
        ExerciseFacts facts = CatalogDoses.of(slug);
        Dose current = new Dose(facts.kind() == ExerciseFacts.Kind.STRENGTHENING ? Progressions.setsCeiling(facts)
                : facts.setsMax(), facts.repsMax(), hold, facts.perSide());
        Optional<Step> step = Progressions.progress(slug, current, facts, THREE_GOOD, A_WEEK_AGO, TODAY,
                Optional.empty());
        if (expected == null) {
            assertEquals(Optional.empty(), step);
            return;
        }
        assertEquals(ProgressionRule.LONGER_HOLD, step.orElseThrow().rule());
        assertEquals(Step.Kind.LONGER_HOLD, step.get().kind());
        assertEquals(current.withHoldSeconds(expected), step.get().dose());
        assertEquals(slug, step.get().targetExercise());
        assertTrue(step.get().reason().contains(hold + " s to " + expected + " s"), step.get().reason());
    }

    @ParameterizedTest(name = "side plank from {0} s")
    @CsvSource(delimiter = '|', value = {
            "1x-x15 | LONGER_HOLD 1x-x30/side > LONGER_HOLD 1x-x45/side > LONGER_HOLD 1x-x60/side"
                    + " > ADD_SET 2x-x60/side > ADD_SET 3x-x60/side",
            "1x-x20 | LONGER_HOLD 1x-x30/side > LONGER_HOLD 1x-x45/side > LONGER_HOLD 1x-x60/side"
                    + " > ADD_SET 2x-x60/side > ADD_SET 3x-x60/side",
            "1x-x30 | LONGER_HOLD 1x-x45/side > LONGER_HOLD 1x-x60/side > ADD_SET 2x-x60/side > ADD_SET 3x-x60/side",
            "1x-x60 | ADD_SET 2x-x60/side > ADD_SET 3x-x60/side" })
    void sidePlankFollowsTheSeedLadder(String start, String expected) {
        assertEquals(expected, walk("side-plank", start, Optional.empty()));
        assertEquals(List.of(30, 45, 60), Progressions.SIDE_PLANK_LADDER);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "glute-bridge, 3x12x-, bridge-leg-lift, 3x-x2/side", // the variant's 1 set would halve the work
            "glute-bridge, 3x15x5, bridge-leg-lift, 3x-x2/side",
            "bird-dog, 3x12x5, bird-dog-crunch, 3x12x-/side", // no reps range on the crunch: the reps are kept
            "knee-to-chest-towel, 1x2x30, knee-to-chest, 1x2x30/side",
            "knee-to-chest, 1x2x30, double-knee-to-chest, 1x-x30",
            "double-knee-to-chest, 1x-x30, knee-to-chest, 1x2x30/side", // hold only -> the reps minimum is added
            "side-plank, 1x-x45, side-plank-bent-knee, 1x-x20/side", // clamped to the variant's longest hold
            "side-plank-bent-knee, 1x-x20, side-plank, 1x-x20/side",
            "bird-dog-crunch, 1x-x-, bird-dog, 2x8x2/side", // never below the variant's minimum
            "bridge-leg-lift, 1x-x2, glute-bridge, 2x10x3" })
    void keepsTheDoseOnAVariantSwitch(String from, String dose, String to, String expected) {
        assertEquals(expected, show(Progressions.comparableDose(dose(dose, CatalogDoses.of(from)), CatalogDoses.of(to))));
    }

    @Test
    void switchesToTheHarderVariantOnlyAtTheCeilings() {
        ExerciseFacts bridge = CatalogDoses.GLUTE_BRIDGE;
        Step step = Progressions.progress("glute-bridge", new Dose(3, 15, 5, false), bridge, THREE_GOOD,
                Optional.empty(), TODAY, Optional.of(CatalogDoses.BRIDGE_LEG_LIFT)).orElseThrow();
        assertEquals(ProgressionRule.HARDER_VARIANT, step.rule());
        assertEquals("bridge-leg-lift", step.targetExercise());
        assertEquals(new Dose(3, null, 2, true), step.dose());
        assertTrue(step.switchesExercise());
        Step notYet = Progressions.progress("glute-bridge", new Dose(2, 15, 5, false), bridge, THREE_GOOD,
                Optional.empty(), TODAY, Optional.of(CatalogDoses.BRIDGE_LEG_LIFT)).orElseThrow();
        assertEquals(Step.Kind.ADD_SET, notYet.kind());
        assertEquals(new Dose(3, 15, 5, false), notYet.dose());
    }

    /** @param daysSinceLastStep empty when the exercise never had a step */
    @ParameterizedTest(name = "last step {0} days ago: step {1}")
    @CsvSource({
            ", true",
            "0, false",
            "1, false",
            "6, false",
            "7, true",
            "8, true",
            "30, true",
            "-1, false" })
    void oneStepPerExercisePerWeek(Integer daysSinceLastStep, boolean stepped) {
        Optional<LocalDate> lastStep = Optional.ofNullable(daysSinceLastStep).map(d -> TODAY.minusDays(d));
        Optional<Step> step = Progressions.progress("cat-cow", new Dose(1, 10, null, false), CatalogDoses.CAT_COW,
                THREE_GOOD, lastStep, TODAY, Optional.empty());
        assertEquals(stepped, step.isPresent());
        assertEquals(stepped, Progressions.stepAllowed(lastStep, TODAY));
        step.ifPresent(s -> assertEquals(new Dose(1, 12, null, false), s.dose()));
    }

    /**
     * @param sessions newest first: {@code full} or {@code part} dose, the pain score during the exercise, {@code !}
     *                 for sharp, stabbing or radiating pain
     */
    @ParameterizedTest(name = "[{0}] ready {1}")
    @CsvSource({
            "'full3 full2 full0', true",
            "'full3 full3 full3 part9 full9!', true", // only the newest three count
            "'full0 full0', false",
            "'', false",
            "'full4 full0 full0', false",
            "'full0 full0 full4', false",
            "'full0 part0 full0', false",
            "'full0 full1! full0', false",
            "'part0 full0 full0 full0', false" })
    void needsThreeLowPainFullDoseSessions(String sessions, boolean ready) {
        List<SessionOutcome> outcomes = sessions.isBlank() ? List.of()
                : Arrays.stream(sessions.trim().split(" ")).map(ProgressionsTest::outcome).toList();
        assertEquals(ready, Progressions.ready(outcomes));
        Optional<Step> step = Progressions.progress("glute-bridge", new Dose(2, 10, 5, false),
                CatalogDoses.GLUTE_BRIDGE, outcomes, Optional.empty(), TODAY, Optional.empty());
        assertEquals(ready ? Optional.of(new Dose(2, 12, 5, false)) : Optional.empty(), step.map(Step::dose));
    }

    /** @param expected {@code KIND [target] dose}, or empty when no step down is left */
    @ParameterizedTest(name = "{0} {1} (easier: {2}) -> {3}")
    @CsvSource({
            "side-plank, 1x-x45, true, EASIER_VARIANT side-plank-bent-knee 1x-x20/side",
            "bird-dog-crunch, 1x-x-, true, EASIER_VARIANT bird-dog 2x8x2/side",
            "double-knee-to-chest, 1x-x30, true, EASIER_VARIANT knee-to-chest 1x2x30/side",
            "knee-to-chest, 1x2x30, true, EASIER_VARIANT knee-to-chest-towel 1x2x30/side",
            "bridge-leg-lift, 1x-x2, true, EASIER_VARIANT glute-bridge 2x10x3",
            "glute-bridge, 2x14x5, false, LOWER_DOSE 2x12x5",
            "glute-bridge, 2x11x5, false, LOWER_DOSE 2x10x5", // not below the range minimum
            "glute-bridge, 2x10x5, false, LOWER_DOSE 2x10x3", // reps at the floor: a shorter hold
            "glute-bridge, 2x10x3, false, LOWER_DOSE 1x10x3", // hold at the floor too: one set fewer
            "glute-bridge, 1x10x3, false, ",
            "forearm-plank, 3x-x60, false, LOWER_DOSE 3x-x50",
            "forearm-plank, 3x-x25, false, LOWER_DOSE 3x-x20",
            "forearm-plank, 3x-x20, false, LOWER_DOSE 2x-x20",
            "forearm-plank, 1x-x20, false, ",
            "cat-cow, 1x15x-, false, LOWER_DOSE 1x13x-",
            "cat-cow, 1x10x-, false, ",
            "knee-to-chest-towel, 1x2x30, false, LOWER_DOSE 1x2x20/side",
            "knee-to-chest-towel, 1x2x20, false, ",
            "bird-dog-crunch, 1x-x-, false, " })
    void regressesToTheEasierVariantOrALowerDose(String slug, String dose, boolean useEasier, String expected) {
        ExerciseFacts facts = CatalogDoses.of(slug);
        Optional<ExerciseFacts> easier = useEasier ? Optional.of(CatalogDoses.easierThan(slug).orElseThrow())
                : Optional.empty();
        Optional<Step> step = Progressions.regress(slug, dose(dose, facts), facts, easier);
        assertEquals(Optional.ofNullable(expected), step.map(ProgressionsTest::show));
        step.ifPresent(s -> {
            assertEquals(useEasier ? ProgressionRule.EASIER_VARIANT : ProgressionRule.LOWER_DOSE, s.rule());
            assertFalse(s.reason().isBlank());
        });
    }

    @ParameterizedTest(name = "pain {0}, warning {1}: regress {2}")
    @CsvSource({ "6, false, false", "7, false, true", "10, false, true", "0, true, true", "3, true, true" })
    void regressionFollowsWarningOrSeverePain(int pain, boolean warning, boolean regress) {
        assertEquals(regress, Progressions.callsForRegression(new SessionOutcome(true, pain, warning)));
    }

    @ParameterizedTest
    @EnumSource(ProgressionRule.class)
    void everyRuleHasAnIdASourceAndAStatement(ProgressionRule rule) {
        assertTrue(rule.id().matches("(progression|regression)\\.[a-z-]+"), rule.id());
        assertTrue(rule.source().matches("\\d{3}_[0-9a-f]{16}\\.txt:[\\d,-]+(; \\d{3}_[0-9a-f]{16}\\.txt:[\\d,-]+)*"),
                rule.source());
        assertTrue(rule.statement().endsWith("."), rule.statement());
        assertEquals(Optional.of(rule), ProgressionRule.ofId(rule.id()));
    }

    @Test
    void idsAreTheRuleBookOnes() {
        Set<String> ids = new HashSet<>();
        for (ProgressionRule rule : ProgressionRule.values()) {
            ids.add(rule.id());
        }
        assertEquals(Set.of("progression.ready", "progression.more-reps", "progression.add-set",
                "progression.longer-hold", "progression.harder-variant", "progression.one-step-a-week",
                "regression.easier-variant", "regression.lower-dose"), ids);
    }

    /** Steps up from {@code start}, a week apart after three good sessions each time, until none is left. */
    private static String walk(String slug, String start, Optional<ExerciseFacts> harder) {
        ExerciseFacts facts = CatalogDoses.of(slug);
        Dose dose = dose(start, facts);
        LocalDate today = TODAY;
        Optional<LocalDate> lastStep = Optional.empty();
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Optional<Step> step = Progressions.progress(slug, dose, facts, THREE_GOOD, lastStep, today, harder);
            if (step.isEmpty()) {
                break;
            }
            Optional<Step> sameDay = Progressions.progress(slug, step.get().dose(), facts, THREE_GOOD,
                    Optional.of(today), today, harder);
            assertEquals(Optional.empty(), sameDay, "a second step the same week");
            steps.add(show(step.get()));
            if (step.get().switchesExercise()) {
                break;
            }
            dose = step.get().dose();
            lastStep = Optional.of(today);
            today = today.plusDays(Progressions.DAYS_BETWEEN_STEPS);
        }
        return String.join(" > ", steps);
    }

    /** {@code 2x12x5}: sets, reps, hold; a dash for none; per side as the catalog says. */
    private static Dose dose(String text, ExerciseFacts facts) {
        String[] parts = text.split("x");
        return new Dose(Integer.parseInt(parts[0]), number(parts[1]), number(parts[2]), facts.perSide());
    }

    private static Integer number(String part) {
        return part.equals("-") ? null : Integer.valueOf(part);
    }

    private static String show(Dose dose) {
        return dose.sets() + "x" + (dose.reps() == null ? "-" : dose.reps()) + "x"
                + (dose.holdSeconds() == null ? "-" : dose.holdSeconds()) + (dose.perSide() ? "/side" : "");
    }

    private static String show(Step step) {
        return step.kind() + (step.switchesExercise() ? " " + step.targetExercise() : "") + " " + show(step.dose());
    }

    private static SessionOutcome outcome(String text) {
        boolean warning = text.endsWith("!");
        String score = text.substring(4, warning ? text.length() - 1 : text.length());
        return new SessionOutcome(text.startsWith("full"), Integer.parseInt(score), warning);
    }
}
