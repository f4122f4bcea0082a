package org.lumbar.contracts.program;

/** One exercise of a program with its prescribed dose; exactly one of reps and holdSeconds is set. */
public record ProgramItem(
        String exercise,
        int sets,
        Integer reps,
        Integer holdSeconds,
        boolean perSide,
        String notes) {
}
