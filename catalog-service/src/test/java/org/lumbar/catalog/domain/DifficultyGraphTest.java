package org.lumbar.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DifficultyGraphTest {

    /** a < b < c stated in both directions, and d easier than b stated only on b. */
    private final DifficultyGraph graph = new DifficultyGraph(List.of(
            DifficultyGraph.Edge.of("a", ExerciseLink.HARDER, "b"),
            DifficultyGraph.Edge.of("b", ExerciseLink.EASIER, "a"),
            DifficultyGraph.Edge.of("b", ExerciseLink.HARDER, "c"),
            DifficultyGraph.Edge.of("b", ExerciseLink.EASIER, "d")));

    @Test
    void anEasierLinkIsAStepUpFromTheLinkedExercise() {
        assertThat(DifficultyGraph.Edge.of("b", ExerciseLink.EASIER, "a")).isEqualTo(new DifficultyGraph.Edge("a", "b"));
        assertThat(DifficultyGraph.Edge.of("a", ExerciseLink.HARDER, "b")).isEqualTo(new DifficultyGraph.Edge("a", "b"));
    }

    @Test
    void chainsCountTheFewestStepsInEachDirection() {
        assertThat(graph.harderThan("a")).isEqualTo(Map.of("b", 1, "c", 2));
        assertThat(graph.easierThan("c")).isEqualTo(Map.of("b", 1, "a", 2, "d", 2));
        assertThat(graph.harderThan("d")).isEqualTo(Map.of("b", 1, "c", 2));
        assertThat(graph.easierThan("a")).isEmpty();
        assertThat(graph.harderThan("unknown")).isEmpty();
    }

    @Test
    void aPathUpIsFoundOnlyTowardsHarderExercises() {
        assertThat(graph.pathUp("a", "c")).contains(List.of("a", "b", "c"));
        assertThat(graph.pathUp("c", "a")).isEmpty();
    }

    @Test
    void aGraphWithoutLoopsHasNoCycle() {
        assertThat(graph.anyCycle()).isEmpty();
    }

    @Test
    void aLinkBackDownIsFoundAsACycle() {
        DifficultyGraph looped = new DifficultyGraph(List.of(new DifficultyGraph.Edge("a", "b"),
                new DifficultyGraph.Edge("b", "c"), new DifficultyGraph.Edge("c", "a")));
        assertThat(looped.anyCycle()).contains(List.of("a", "b", "c", "a"));
    }

    @Test
    void aSelfLinkIsACycle() {
        assertThat(new DifficultyGraph(List.of(new DifficultyGraph.Edge("a", "a"))).anyCycle()).contains(List.of("a", "a"));
    }

    @Test
    void chainsEndEvenWhenTheGraphHasALoop() {
        DifficultyGraph looped = new DifficultyGraph(List.of(new DifficultyGraph.Edge("a", "b"),
                new DifficultyGraph.Edge("b", "a")));
        assertThat(looped.harderThan("a")).isEqualTo(Map.of("b", 1));
    }
}
