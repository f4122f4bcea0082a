package org.lumbar.clinical.progression;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.lumbar.clinical.progression.ExerciseFacts.Kind;

/**
 * The progression rules of {@link ProgressionRule} as pure functions. {@link #progress} proposes at most one step up for
 * one exercise, {@link #regress} at most one step down; neither changes anything, the caller decides what to do with
 * the proposal.
 */
public final class Progressions {

    /** Completed sessions that must each meet the readiness bar before a step up. */
    public static final int SESSIONS_TO_PROGRESS = 3;
    /** The highest pain score during the exercise that still counts as ready. */
    public static final int MAX_PAIN_TO_PROGRESS = 3;
    /** Days that must pass after a step before the next one. */
    public static final int DAYS_BETWEEN_STEPS = 7;
    /** Repetitions added (or, on regression, taken off) per step. */
    public static final int REPS_STEP = 2;
    /** The side plank's hold ceilings in order (seed 000: 15-20 s first, then 30, 45, 60 s). */
    public static final List<Integer> SIDE_PLANK_LADDER = List.of(30, 45, 60);
    /** The forearm plank's hold ceiling. */
    public static final int PLANK_HOLD_CEILING = 60;
    /** A hold under this many seconds grows by {@link #SHORT_HOLD_STEP}, from it by {@link #LONG_HOLD_STEP}. */
    public static final int LONG_HOLD_FROM = 30;
    public static final int SHORT_HOLD_STEP = 10;
    public static final int LONG_HOLD_STEP = 15;
    /** Sets ceiling of a strengthening exercise whose catalog range gives no higher maximum. */
    public static final int DEFAULT_SETS_CEILING = 3;
    /** A pain score during an exercise from which a step down is proposed. */
    public static final int PAIN_TO_REGRESS = 7;
    /** Seconds a hold is shortened by on a step down. */
    public static final int HOLD_REGRESSION_STEP = 10;
    /** The shortest hold a step down leaves when the catalog gives no hold minimum. */
    public static final int HOLD_FLOOR_WITHOUT_RANGE = 5;
    public static final String SIDE_PLANK = "side-plank";
    public static final String FOREARM_PLANK = "forearm-plank";

    private static final String READY_BECAUSE = "The last " + SESSIONS_TO_PROGRESS
            + " sessions were completed in full with pain during the exercise of at most " + MAX_PAIN_TO_PROGRESS
            + "/10 and no sharp, stabbing or radiating pain";
    private static final String PAIN_BECAUSE = "Sharp, stabbing or radiating pain, or pain of " + PAIN_TO_REGRESS
            + "/10 or more, was reported during ";

    private Progressions() {
    }

    /** {@code progression.ready}: the newest {@link #SESSIONS_TO_PROGRESS} outcomes each meet the bar. */
    public static boolean ready(List<SessionOutcome> recentNewestFirst) {
        if (recentNewestFirst == null || recentNewestFirst.size() < SESSIONS_TO_PROGRESS) {
            return false;
        }
        return recentNewestFirst.subList(0, SESSIONS_TO_PROGRESS).stream()
                .allMatch(o -> o.fullDose() && o.maxPainDuring() <= MAX_PAIN_TO_PROGRESS && !o.warningPain());
    }

    /** {@code progression.one-step-a-week}: at least {@link #DAYS_BETWEEN_STEPS} days since the last step, if any. */
    public static boolean stepAllowed(Optional<LocalDate> lastStepOn, LocalDate today) {
        return lastStepOn.map(last -> ChronoUnit.DAYS.between(last, today) >= DAYS_BETWEEN_STEPS).orElse(true);
    }

    /** The trigger of both regression rules: warning pain, or a score of {@link #PAIN_TO_REGRESS} or more. */
    public static boolean callsForRegression(SessionOutcome outcome) {
        return outcome.warningPain() || outcome.maxPainDuring() >= PAIN_TO_REGRESS;
    }

    /** The most sets a step up may reach: the catalog maximum, or {@link #DEFAULT_SETS_CEILING} if that is higher. */
    public static int setsCeiling(ExerciseFacts facts) {
        return Math.max(facts.setsMax(), DEFAULT_SETS_CEILING);
    }

    /**
     * {@code progression.longer-hold}: the hold after one step, or empty when the hold is at (or past) its ceiling or
     * the exercise has none.
     */
    public static OptionalInt longerHold(ExerciseFacts facts, int holdSeconds) {
        if (SIDE_PLANK.equals(facts.slug())) {
            return SIDE_PLANK_LADDER.stream().mapToInt(Integer::intValue).filter(rung -> rung > holdSeconds).findFirst();
        }
        Integer ceiling = FOREARM_PLANK.equals(facts.slug()) ? Integer.valueOf(PLANK_HOLD_CEILING) : facts.holdMax();
        if (ceiling == null || holdSeconds >= ceiling) {
            return OptionalInt.empty();
        }
        if (ceiling < SHORT_HOLD_STEP) {
            return OptionalInt.of(ceiling);
        }
        int step = holdSeconds < LONG_HOLD_FROM ? SHORT_HOLD_STEP : LONG_HOLD_STEP;
        return OptionalInt.of(Math.min(holdSeconds + step, ceiling));
    }

    /**
     * The dose on a variant switch, comparable to the current one: the same sets (at least the variant's minimum);
     * reps kept when both are rep-based, hold kept when both are hold-based, each clamped into the variant's range;
     * the variant's minimum where it has a reps or hold range the current dose lacks; per side as the variant says.
     * A variant with neither a reps nor a hold range counts as rep-based without a range.
     */
    public static Dose comparableDose(Dose current, ExerciseFacts variant) {
        int sets = Math.max(current.sets(), variant.setsMin());
        boolean repBased = variant.hasReps() || !variant.hasHold();
        Integer reps = null;
        if (repBased) {
            reps = current.reps() != null ? clamp(current.reps(), variant.repsMin(), variant.repsMax())
                    : firstNonNull(variant.repsMin(), variant.repsMax());
        }
        Integer hold = null;
        if (variant.hasHold()) {
            hold = current.holdSeconds() != null ? clamp(current.holdSeconds(), variant.holdMin(), variant.holdMax())
                    : firstNonNull(variant.holdMin(), variant.holdMax());
        }
        return new Dose(sets, reps, hold, variant.perSide());
    }

    /**
     * The next step up for one exercise, if it may and can take one: empty unless {@code progression.ready} holds and
     * {@code progression.one-step-a-week} allows a step today. Then the first that applies of: a longer hold (first
     * only when the current dose has a hold), more reps, one more set (strengthening only), a longer hold, the harder
     * variant.
     *
     * @param recentNewestFirst the exercise's outcomes in its latest completed sessions, newest first
     * @param lastStepOn        the day of the exercise's latest step up or down, if any
     * @param harder            the catalog facts of the harder variant, if there is one
     */
    public static Optional<Step> progress(String exercise, Dose current, ExerciseFacts facts,
            List<SessionOutcome> recentNewestFirst, Optional<LocalDate> lastStepOn, LocalDate today,
            Optional<ExerciseFacts> harder) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(facts, "facts");
        if (!ready(recentNewestFirst) || !stepAllowed(lastStepOn, today)) {
            return Optional.empty();
        }
        boolean holdFirst = current.holdSeconds() != null;
        if (holdFirst) {
            Optional<Step> hold = longerHoldStep(exercise, current, facts);
            if (hold.isPresent()) {
                return hold;
            }
        }
        if (current.reps() != null && facts.repsMax() != null && current.reps() < facts.repsMax()) {
            int reps = Math.min(current.reps() + REPS_STEP, facts.repsMax());
            return Optional.of(new Step(ProgressionRule.MORE_REPS, Step.Kind.MORE_REPS, exercise, exercise,
                    current.withReps(reps), READY_BECAUSE + ", so add " + (reps - current.reps()) + " reps to "
                            + exercise + ": from " + current.reps() + " to " + reps + " reps."));
        }
        if (facts.kind() == Kind.STRENGTHENING && current.sets() < setsCeiling(facts)) {
            int sets = current.sets() + 1;
            return Optional.of(new Step(ProgressionRule.ADD_SET, Step.Kind.ADD_SET, exercise, exercise,
                    current.withSets(sets), READY_BECAUSE + ", so add one set to " + exercise + ": from "
                            + current.sets() + " to " + sets + " sets."));
        }
        if (!holdFirst) {
            Optional<Step> hold = longerHoldStep(exercise, current, facts);
            if (hold.isPresent()) {
                return hold;
            }
        }
        return harder.map(variant -> {
            Dose dose = comparableDose(current, variant);
            return new Step(ProgressionRule.HARDER_VARIANT, Step.Kind.HARDER_VARIANT, exercise, variant.slug(), dose,
                    READY_BECAUSE + " and the reps, sets and hold of " + exercise
                            + " are all at their ceilings, so move on to the harder " + variant.slug() + " at "
                            + dose.describe() + ".");
        });
    }

    /**
     * The step down for an exercise that brought sharp, stabbing or radiating pain or a score of
     * {@link #PAIN_TO_REGRESS} or more ({@link #callsForRegression}): the easier variant at a comparable dose if there
     * is one, else the dose one step lower (2 reps fewer down to the range minimum, else a hold 10 s shorter down to
     * the range minimum or {@link #HOLD_FLOOR_WITHOUT_RANGE} s without one, else one set fewer down to 1); empty when
     * the dose is at its floor and there is no easier variant.
     */
    public static Optional<Step> regress(String exercise, Dose current, ExerciseFacts facts,
            Optional<ExerciseFacts> easier) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(facts, "facts");
        if (easier.isPresent()) {
            ExerciseFacts variant = easier.get();
            Dose dose = comparableDose(current, variant);
            return Optional.of(new Step(ProgressionRule.EASIER_VARIANT, Step.Kind.EASIER_VARIANT, exercise,
                    variant.slug(), dose, PAIN_BECAUSE + exercise + ", so switch to the easier " + variant.slug()
                            + " at " + dose.describe() + "."));
        }
        String because = PAIN_BECAUSE + exercise + " and it has no easier variant, so lower the dose: ";
        if (current.reps() != null) {
            int floor = facts.repsMin() != null ? facts.repsMin() : 1;
            if (current.reps() > floor) {
                int reps = Math.max(current.reps() - REPS_STEP, floor);
                return Optional.of(lowerDose(exercise, current.withReps(reps),
                        because + "from " + current.reps() + " to " + reps + " reps."));
            }
        }
        if (current.holdSeconds() != null) {
            int floor = facts.holdMin() != null ? facts.holdMin() : HOLD_FLOOR_WITHOUT_RANGE;
            if (current.holdSeconds() > floor) {
                int hold = Math.max(current.holdSeconds() - HOLD_REGRESSION_STEP, floor);
                return Optional.of(lowerDose(exercise, current.withHoldSeconds(hold),
                        because + "hold " + hold + " s instead of " + current.holdSeconds() + " s."));
            }
        }
        if (current.sets() > 1) {
            int sets = current.sets() - 1;
            return Optional.of(lowerDose(exercise, current.withSets(sets),
                    because + "from " + current.sets() + " to " + sets + (sets == 1 ? " set." : " sets.")));
        }
        return Optional.empty();
    }

    private static Optional<Step> longerHoldStep(String exercise, Dose current, ExerciseFacts facts) {
        if (current.holdSeconds() == null) {
            return Optional.empty();
        }
        OptionalInt next = longerHold(facts, current.holdSeconds());
        if (next.isEmpty()) {
            return Optional.empty();
        }
        int hold = next.getAsInt();
        return Optional.of(new Step(ProgressionRule.LONGER_HOLD, Step.Kind.LONGER_HOLD, exercise, exercise,
                current.withHoldSeconds(hold), READY_BECAUSE + ", so hold " + exercise + " "
                        + (hold - current.holdSeconds()) + " s longer: from " + current.holdSeconds() + " s to " + hold
                        + " s."));
    }

    private static Step lowerDose(String exercise, Dose dose, String reason) {
        return new Step(ProgressionRule.LOWER_DOSE, Step.Kind.LOWER_DOSE, exercise, exercise, dose, reason);
    }

    private static int clamp(int value, Integer min, Integer max) {
        int result = value;
        if (min != null) {
            result = Math.max(result, min);
        }
        if (max != null) {
            result = Math.min(result, max);
        }
        return result;
    }

    private static Integer firstNonNull(Integer a, Integer b) {
        return a != null ? a : b;
    }
}
