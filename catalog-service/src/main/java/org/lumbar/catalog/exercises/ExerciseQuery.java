package org.lumbar.catalog.exercises;

/** Filters, order and paging of a catalog search; null means "any". */
public record ExerciseQuery(
        String category,
        String position,
        String equipment,
        Integer level,
        Boolean flareUpSafe,
        String target,
        String text,
        boolean includeRetired,
        ExerciseSort sort,
        int page,
        int size) {
}
