package org.lumbar.program.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.lumbar.clinical.progression.ExerciseFacts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** program-service's read model of the catalog, fed by {@code catalog.exercises}. */
@Entity
@Table(name = "known_exercise")
public class KnownExercise extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public boolean retired;

    @Column(nullable = false)
    public long version;

    @Column(name = "sets_min", nullable = false)
    public int setsMin;

    @Column(name = "sets_max")
    public Integer setsMax;

    @Column(name = "reps_min")
    public Integer repsMin;

    @Column(name = "reps_max")
    public Integer repsMax;

    /** The catalog's category: core-stability, functional-strength, stretch, mobility, breathing, self-massage. */
    public String category;

    @Column(name = "hold_seconds_min")
    public Integer holdSecondsMin;

    @Column(name = "hold_seconds_max")
    public Integer holdSecondsMax;

    @Column(name = "per_side", nullable = false)
    public boolean perSide;

    /** Comma-separated slugs of easier variants. */
    public String easier;

    /** Comma-separated slugs of harder variants. */
    public String harder;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** What the progression rules need to know of this exercise. */
    public ExerciseFacts facts() {
        return new ExerciseFacts(slug, ExerciseFacts.Kind.ofCategory(category), setsMin,
                setsMax == null ? setsMin : setsMax, repsMin, repsMax, holdSecondsMin, holdSecondsMax, perSide);
    }

    public boolean strengthening() {
        return ExerciseFacts.Kind.ofCategory(category) == ExerciseFacts.Kind.STRENGTHENING;
    }

    public Optional<String> firstEasier() {
        return first(easier);
    }

    public Optional<String> firstHarder() {
        return first(harder);
    }

    private static Optional<String> first(String slugs) {
        return slugs == null || slugs.isBlank() ? Optional.empty() : Optional.of(slugs.split(",")[0]);
    }
}
