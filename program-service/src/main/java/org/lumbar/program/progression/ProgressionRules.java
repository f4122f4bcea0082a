package org.lumbar.program.progression;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lumbar.contracts.program.ProgramItem;
import org.lumbar.program.domain.Proposal.Kind;

/**
 * The progression rules from the seeds, in one place.
 * <ul>
 * <li>Progress an exercise when the last {@value #SESSIONS_TO_PROGRESS} completed sessions of the program version
 * each met its full dose with pain during it at most {@value #MAX_PAIN_TO_PROGRESS} and no warning pain: first a
 * longer hold (+10 s below 30 s, +15 s from 30 s, up to the ceiling: 60 s for planks and side planks, the catalog's
 * upper hold otherwise), then one more set (up to {@value #MAX_SETS}), then the harder variant.</li>
 * <li>Sharp, stabbing or radiating pain during an exercise: try its easier variant.</li>
 * <li>Significant pain (a warning quality, or {@value #SIGNIFICANT_PAIN} or more) on two or more exercises of one
 * session: pause the program and see a clinician.</li>
 * </ul>
 */
public final class ProgressionRules {

    public static final int SESSIONS_TO_PROGRESS = 3;
    public static final int MAX_PAIN_TO_PROGRESS = 3;
    public static final int MAX_SETS = 3;
    public static final int PLANK_HOLD_CEILING = 60;
    public static final int SIGNIFICANT_PAIN = 4;
    public static final Set<String> WARNING_QUALITIES = Set.of("sharp", "stabbing", "radiating");

    /** How an exercise went in one session. */
    public record Outcome(boolean fullDose, int maxPain, boolean warningPain) {

        boolean readyToProgress() {
            return fullDose && maxPain <= MAX_PAIN_TO_PROGRESS && !warningPain;
        }
    }

    /** A proposed change to one item (or, for a pause, to the whole program). */
    public record Step(Kind kind, String targetExercise, Integer newSets, Integer newHold, String reason) {
    }

    private ProgressionRules() {
    }

    /**
     * @param recent outcomes of the latest completed sessions of this program version, newest first
     * @param catalogHoldMax the catalog's upper hold for the exercise, if it has one
     * @param harder the harder variant, if the catalog links one
     */
    public static Optional<Step> progression(ProgramItem item, List<Outcome> recent, Integer catalogHoldMax,
            Optional<String> harder) {
        if (recent.size() < SESSIONS_TO_PROGRESS
                || !recent.subList(0, SESSIONS_TO_PROGRESS).stream().allMatch(Outcome::readyToProgress)) {
            return Optional.empty();
        }
        String done = "The last " + SESSIONS_TO_PROGRESS + " sessions met the full dose of " + item.exercise()
                + " with little pain";
        if (item.holdSeconds() != null) {
            int ceiling = holdCeiling(item.exercise(), catalogHoldMax);
            if (item.holdSeconds() < ceiling) {
                int next = nextHold(item.holdSeconds(), ceiling);
                return Optional.of(new Step(Kind.INCREASE_HOLD, null, null, next,
                        done + ": hold " + next + " s instead of " + item.holdSeconds() + " s."));
            }
        }
        if (item.sets() < MAX_SETS) {
            return Optional.of(new Step(Kind.ADD_SET, null, item.sets() + 1, null,
                    done + ": add a set (" + (item.sets() + 1) + " sets)."));
        }
        return harder.map(slug -> new Step(Kind.MOVE_TO_HARDER, slug, null, null,
                done + " at its full progression: move on to " + slug + "."));
    }

    /** The answer to one pain report during an exercise: its easier variant after warning pain. */
    public static Optional<Step> afterPain(String exercise, String quality, Optional<String> easier) {
        if (exercise == null || quality == null || !WARNING_QUALITIES.contains(quality)) {
            return Optional.empty();
        }
        return easier.map(slug -> new Step(Kind.MOVE_TO_EASIER, slug, null, null,
                quality + " pain during " + exercise + ": try the easier " + slug + " instead."));
    }

    public static boolean significant(int score, String quality) {
        return score >= SIGNIFICANT_PAIN || (quality != null && WARNING_QUALITIES.contains(quality));
    }

    /** Significant pain on two or more exercises of one session. */
    public static Optional<Step> pause(Collection<String> exercisesWithSignificantPain) {
        if (exercisesWithSignificantPain.stream().distinct().count() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Step(Kind.PAUSE_AND_SEE_CLINICIAN, null, null, null,
                "Pain on " + String.join(", ", exercisesWithSignificantPain.stream().distinct().sorted().toList())
                        + " in one session: pause the program and see a clinician before going on."));
    }

    static int holdCeiling(String exercise, Integer catalogHoldMax) {
        if (exercise.contains("plank")) {
            return PLANK_HOLD_CEILING;
        }
        return catalogHoldMax == null ? 0 : catalogHoldMax;
    }

    static int nextHold(int current, int ceiling) {
        return Math.min(ceiling, current + (current < 30 ? 10 : 15));
    }
}
