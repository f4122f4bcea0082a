package org.lumbar.contracts.catalog;

/**
 * A dose as the seeds give it: ranges where they give a range (min = max when a single figure).
 * Reps and hold seconds are null when they do not apply; {@code perSide} means each side gets the dose.
 */
public record Dose(
        int setsMin,
        int setsMax,
        Integer repsMin,
        Integer repsMax,
        Integer holdSecondsMin,
        Integer holdSecondsMax,
        boolean perSide) {
}
