package org.lumbar.contracts.program;

/**
 * One exercise of a program with its prescribed dose: {@code sets} sets of {@code reps} repetitions, each held
 * {@code holdSeconds} when set (a stretch held 30 s and done twice is 1 set of 2 reps with a 30 s hold); at least
 * one of reps and holdSeconds is set.
 */
public record ProgramItem(
        String exercise,
        int sets,
        Integer reps,
        Integer holdSeconds,
        boolean perSide,
        String notes) {
}
