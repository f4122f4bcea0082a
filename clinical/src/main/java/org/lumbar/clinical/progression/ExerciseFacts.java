package org.lumbar.clinical.progression;

import java.util.Objects;

/**
 * What the catalog says about one exercise, as far as progression needs it: its kind and its dose ranges. A null
 * bound means the catalog gives none.
 */
public record ExerciseFacts(String slug, Kind kind, int setsMin, int setsMax, Integer repsMin, Integer repsMax,
        Integer holdMin, Integer holdMax, boolean perSide) {

    public enum Kind {
        STRENGTHENING, STRETCH, MOBILITY, OTHER;

        /** The catalog category ({@code core-stability}, {@code stretch}, ...) as a kind; unknown or null is OTHER. */
        public static Kind ofCategory(String catalogCategory) {
            if (catalogCategory == null) {
                return OTHER;
            }
            return switch (catalogCategory) {
                case "core-stability", "functional-strength" -> STRENGTHENING;
                case "stretch" -> STRETCH;
                case "mobility" -> MOBILITY;
                default -> OTHER;
            };
        }
    }

    public ExerciseFacts {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(kind, "kind");
        if (setsMin < 1 || setsMax < setsMin) {
            throw new IllegalArgumentException("sets range " + setsMin + "-" + setsMax + " of " + slug);
        }
    }

    /** True when the catalog gives a repetition range. */
    public boolean hasReps() {
        return repsMin != null || repsMax != null;
    }

    /** True when the catalog gives a hold range. */
    public boolean hasHold() {
        return holdMin != null || holdMax != null;
    }
}
