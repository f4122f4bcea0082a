package org.lumbar.catalog.domain;

import java.util.List;

/** The allowed codes of the catalog's classifying fields (DESIGN.md §2). */
public final class Vocabulary {

    public static final List<String> CATEGORIES = List.of("mobility", "core-stability", "functional-strength", "stretch",
            "breathing", "self-massage");
    public static final List<String> POSITIONS = List.of("supine", "prone", "quadruped", "side-lying", "kneeling",
            "seated", "standing");
    public static final List<String> EQUIPMENT = List.of("none", "mat", "towel", "foam-roller", "pillow");
    public static final List<String> LEVELS = List.of("1", "2", "3");

    private Vocabulary() {
    }
}
