package org.lumbar.catalog.exercises;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The orders a search can ask for, by the code of the {@code sort} parameter ({@code -} for descending). Every order
 * ends on the slug, so pages never overlap or skip an exercise.
 */
public enum ExerciseSort {

    LEVEL("level", "e.level, lower(e.name), e.slug"),
    LEVEL_DESCENDING("-level", "e.level desc, lower(e.name), e.slug"),
    NAME("name", "lower(e.name), e.slug"),
    NAME_DESCENDING("-name", "lower(e.name) desc, e.slug desc"),
    SLUG("slug", "e.slug"),
    SLUG_DESCENDING("-slug", "e.slug desc");

    /** Gentlest first, then by name: the order a patient browsing the catalog expects. */
    public static final ExerciseSort DEFAULT = LEVEL;

    private final String code;
    private final String orderBy;

    ExerciseSort(String code, String orderBy) {
        this.code = code;
        this.orderBy = orderBy;
    }

    public String code() {
        return code;
    }

    String orderBy() {
        return orderBy;
    }

    public static Optional<ExerciseSort> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(ExerciseSort::code).toList();
    }
}
