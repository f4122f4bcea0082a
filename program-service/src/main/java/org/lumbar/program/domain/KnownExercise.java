package org.lumbar.program.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    @Column(name = "reps_min")
    public Integer repsMin;

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
