package org.lumbar.clinical.progression;

import static org.lumbar.clinical.progression.ExerciseFacts.Kind.MOBILITY;
import static org.lumbar.clinical.progression.ExerciseFacts.Kind.OTHER;
import static org.lumbar.clinical.progression.ExerciseFacts.Kind.STRENGTHENING;
import static org.lumbar.clinical.progression.ExerciseFacts.Kind.STRETCH;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog's doses (catalog-service V2__exercises.sql with the V3 corrections) of the exercises the progression
 * tests use, written once. Nothing here is invented: a null is a bound the catalog leaves empty.
 */
final class CatalogDoses {

    static final ExerciseFacts GLUTE_BRIDGE = new ExerciseFacts("glute-bridge", STRENGTHENING, 2, 2, 10, 15, 3, 5, false);
    static final ExerciseFacts BRIDGE_LEG_LIFT = new ExerciseFacts("bridge-leg-lift", STRENGTHENING, 1, 1, null, null, 2, 2, true);
    static final ExerciseFacts BIRD_DOG = new ExerciseFacts("bird-dog", STRENGTHENING, 2, 2, 8, 12, 2, 5, true);
    static final ExerciseFacts BIRD_DOG_CRUNCH = new ExerciseFacts("bird-dog-crunch", STRENGTHENING, 1, 1, null, null, null, null, true);
    static final ExerciseFacts FOREARM_PLANK = new ExerciseFacts("forearm-plank", STRENGTHENING, 2, 3, null, null, 20, 45, false);
    static final ExerciseFacts SIDE_PLANK = new ExerciseFacts("side-plank", STRENGTHENING, 1, 1, null, null, 15, 30, true);
    static final ExerciseFacts SIDE_PLANK_BENT_KNEE = new ExerciseFacts("side-plank-bent-knee", STRENGTHENING, 1, 1, null, null, 15, 20, true);
    static final ExerciseFacts KNEE_TO_CHEST = new ExerciseFacts("knee-to-chest", STRETCH, 1, 1, 2, 2, 10, 30, true);
    static final ExerciseFacts KNEE_TO_CHEST_TOWEL = new ExerciseFacts("knee-to-chest-towel", STRETCH, 1, 1, 2, 2, 20, 30, true);
    static final ExerciseFacts DOUBLE_KNEE_TO_CHEST = new ExerciseFacts("double-knee-to-chest", STRETCH, 1, 1, null, null, 20, 30, false);
    static final ExerciseFacts CAT_COW = new ExerciseFacts("cat-cow", MOBILITY, 1, 1, 10, 15, null, null, false);
    static final ExerciseFacts PELVIC_TILT = new ExerciseFacts("pelvic-tilt", MOBILITY, 1, 1, 10, 12, 3, 5, false);
    /** Self-massage, category OTHER: shows a held exercise that is not strengthening never gets a set. */
    static final ExerciseFacts FOAM_ROLLING = new ExerciseFacts("foam-rolling", OTHER, 1, 1, null, null, 20, 30, false);

    private static final Map<String, ExerciseFacts> BY_SLUG = List.of(GLUTE_BRIDGE, BRIDGE_LEG_LIFT, BIRD_DOG,
            BIRD_DOG_CRUNCH, FOREARM_PLANK, SIDE_PLANK, SIDE_PLANK_BENT_KNEE, KNEE_TO_CHEST, KNEE_TO_CHEST_TOWEL,
            DOUBLE_KNEE_TO_CHEST, CAT_COW, PELVIC_TILT, FOAM_ROLLING).stream()
            .collect(Collectors.toMap(ExerciseFacts::slug, Function.identity()));

    /**
     * The catalog's 'harder' links among these exercises (V2 exercise_link less the links V3 drops); knee-to-chest has
     * two harder variants in the catalog, the double knee-to-chest of seed 000 is the one used here.
     */
    private static final Map<String, String> HARDER = Map.of(
            "glute-bridge", "bridge-leg-lift",
            "bird-dog", "bird-dog-crunch",
            "side-plank-bent-knee", "side-plank",
            "knee-to-chest-towel", "knee-to-chest",
            "knee-to-chest", "double-knee-to-chest");

    /** The catalog's first 'easier' link of each of these exercises that has one among them. */
    private static final Map<String, String> EASIER = Map.of(
            "bridge-leg-lift", "glute-bridge",
            "bird-dog-crunch", "bird-dog",
            "side-plank", "side-plank-bent-knee",
            "knee-to-chest", "knee-to-chest-towel",
            "double-knee-to-chest", "knee-to-chest");

    private CatalogDoses() {
    }

    static ExerciseFacts of(String slug) {
        ExerciseFacts facts = BY_SLUG.get(slug);
        if (facts == null) {
            throw new IllegalArgumentException("no fixture for " + slug);
        }
        return facts;
    }

    static Optional<ExerciseFacts> harderThan(String slug) {
        return Optional.ofNullable(HARDER.get(slug)).map(CatalogDoses::of);
    }

    static Optional<ExerciseFacts> easierThan(String slug) {
        return Optional.ofNullable(EASIER.get(slug)).map(CatalogDoses::of);
    }
}
