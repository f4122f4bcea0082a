package org.lumbar.contracts.program;

/**
 * One exercise of a program with its prescribed dose: {@code sets} sets of {@code reps} repetitions, each held
 * {@code holdSeconds} when set (a stretch held 30 s and done twice is 1 set of 2 reps with a 30 s hold); at least
 * one of reps and holdSeconds is set. {@code phase} is {@code warm-up} for the warm-up items that open a session,
 * null for the main work.
 */
public record ProgramItem(
        String exercise,
        int sets,
        Integer reps,
        Integer holdSeconds,
        boolean perSide,
        String notes,
        String phase) {

    public static final String WARM_UP = "warm-up";

    /** An item of the main work. */
    public ProgramItem(String exercise, int sets, Integer reps, Integer holdSeconds, boolean perSide, String notes) {
        this(exercise, sets, reps, holdSeconds, perSide, notes, null);
    }

    /** The same exercise and phase at another dose. */
    public ProgramItem withDose(String exercise, int sets, Integer reps, Integer holdSeconds, boolean perSide) {
        return new ProgramItem(exercise, sets, reps, holdSeconds, perSide, this.exercise.equals(exercise) ? notes : null,
                phase);
    }
}
