package org.lumbar.catalog.domain;

import java.util.List;

/**
 * The allowed codes of the catalog's classifying fields (DESIGN.md §2). Search filters and written exercises are
 * checked against these lists; the OpenAPI enumerations repeat them and a test keeps the two in step.
 */
public final class Vocabulary {

    public static final List<String> CATEGORIES = List.of("mobility", "core-stability", "functional-strength", "stretch",
            "breathing", "self-massage");
    public static final List<String> POSITIONS = List.of("supine", "prone", "quadruped", "side-lying", "kneeling",
            "seated", "standing");
    public static final List<String> EQUIPMENT = List.of("none", "mat", "towel", "foam-roller", "pillow");
    public static final List<String> LEVELS = List.of("1", "2", "3");
    public static final List<String> TARGET_AREAS = List.of("lower-back", "deep-core", "abdominals", "obliques",
            "glutes", "hamstrings", "hip-flexors", "quadriceps", "piriformis", "thoracic-spine", "shoulders");

    /** The lists a written field can be checked against, by the name the API gives them. */
    public enum Term {
        CATEGORY(CATEGORIES),
        POSITION(POSITIONS),
        EQUIPMENT(Vocabulary.EQUIPMENT),
        TARGET_AREA(TARGET_AREAS);

        private final List<String> allowed;

        Term(List<String> allowed) {
            this.allowed = allowed;
        }

        public List<String> allowed() {
            return allowed;
        }
    }

    private Vocabulary() {
    }
}
