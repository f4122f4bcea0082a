package org.lumbar.program.catalog;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.contracts.catalog.ExercisePublished;
import org.lumbar.program.domain.KnownExercise;

/** Keeps {@link KnownExercise} in step with {@code catalog.exercises}; an older version never overwrites a newer. */
@ApplicationScoped
public class CatalogReadModel {

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ExercisePublished exercise) {
        KnownExercise known = KnownExercise.findById(exercise.slug());
        if (known == null) {
            known = new KnownExercise();
            known.slug = exercise.slug();
        } else if (known.version > exercise.version()) {
            return;
        }
        known.name = exercise.name();
        known.retired = exercise.retired();
        known.setsMin = exercise.defaultDose().setsMin();
        known.setsMax = exercise.defaultDose().setsMax();
        known.repsMin = exercise.defaultDose().repsMin();
        known.repsMax = exercise.defaultDose().repsMax();
        known.category = exercise.category();
        known.holdSecondsMin = exercise.defaultDose().holdSecondsMin();
        known.holdSecondsMax = exercise.defaultDose().holdSecondsMax();
        known.perSide = exercise.defaultDose().perSide();
        known.easier = exercise.easier().isEmpty() ? null : String.join(",", exercise.easier());
        known.harder = exercise.harder().isEmpty() ? null : String.join(",", exercise.harder());
        known.version = exercise.version();
        known.updatedAt = Instant.now();
        known.persist();
    }

    @Transactional
    public long size() {
        return KnownExercise.count();
    }
}
