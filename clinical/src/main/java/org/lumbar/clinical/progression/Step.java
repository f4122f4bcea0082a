package org.lumbar.clinical.progression;

import java.util.Objects;

/**
 * One proposed change to an exercise of a program.
 *
 * @param rule           the rule that proposes it
 * @param kind           what changes
 * @param exercise       the exercise as the caller named it
 * @param targetExercise the exercise after the step: the variant's slug for a variant switch, else {@code exercise}
 * @param dose           the whole new dose
 * @param reason         a plain sentence for the clinician and the patient
 */
public record Step(ProgressionRule rule, Kind kind, String exercise, String targetExercise, Dose dose, String reason) {

    public enum Kind {
        MORE_REPS, ADD_SET, LONGER_HOLD, HARDER_VARIANT, EASIER_VARIANT, LOWER_DOSE
    }

    public Step {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(targetExercise, "targetExercise");
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(reason, "reason");
    }

    /** True when the step replaces the exercise with a variant. */
    public boolean switchesExercise() {
        return kind == Kind.HARDER_VARIANT || kind == Kind.EASIER_VARIANT;
    }
}
