package org.lumbar.clinical.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumbar.clinical.measures.PrescribedSets.Performed;
import org.lumbar.clinical.measures.PrescribedSets.Prescribed;

class PrescribedSetsTest {

    /** Core Strengthening's main work, at the template's low end. */
    private static final List<Prescribed> CORE = List.of(new Prescribed("glute-bridge", 2, false),
            new Prescribed("bird-dog", 2, true), new Prescribed("forearm-plank", 2, false));

    @Test
    void aSetCountsOnlyWhereItFillsAPrescribedSet() {
        List<Performed> extraBridgesNoPlank = List.of(set("glute-bridge", 1), set("glute-bridge", 2),
                set("glute-bridge", 3), set("glute-bridge", 4), both("bird-dog", 1), both("bird-dog", 2));
        assertEquals(4, PrescribedSets.counted(CORE, extraBridgesNoPlank));
        assertEquals(0, PrescribedSets.counted(CORE, List.of(set("cat-cow", 1), set("cat-cow", 2))));
        assertEquals(1, PrescribedSets.counted(CORE, List.of(set("glute-bridge", 1), set("glute-bridge", 1))));
    }

    @Test
    void aPerSideSetCountsOnceBothSidesAreDone() {
        assertEquals(0, PrescribedSets.counted(CORE, List.of(side("bird-dog", 1, "left"))));
        assertEquals(1, PrescribedSets.counted(CORE, List.of(side("bird-dog", 1, "left"), side("bird-dog", 1, "right"))));
        assertEquals(1, PrescribedSets.counted(CORE, List.of(both("bird-dog", 1))));
        // a per-side set of an exercise prescribed for both sides at once counts once, not twice
        assertEquals(1, PrescribedSets.counted(CORE, List.of(side("glute-bridge", 1, "left"),
                side("glute-bridge", 1, "right"))));
    }

    @Test
    void withoutAProgramEveryDistinctSetCountsOnce() {
        assertEquals(2, PrescribedSets.counted(List.of(), List.of(set("cat-cow", 1), set("cat-cow", 1),
                side("bird-dog", 1, "left"), side("bird-dog", 1, "right"))));
    }

    private static Performed set(String exercise, int number) {
        return new Performed(exercise, number, "both");
    }

    private static Performed both(String exercise, int number) {
        return new Performed(exercise, number, "both");
    }

    private static Performed side(String exercise, int number, String side) {
        return new Performed(exercise, number, side);
    }
}
