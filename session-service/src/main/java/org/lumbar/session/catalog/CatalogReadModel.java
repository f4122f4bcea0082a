package org.lumbar.session.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.contracts.catalog.ExercisePublished;
import org.lumbar.session.domain.CatalogExercise;

/** Keeps {@link CatalogExercise} in step with catalog.exercises; an older version never overwrites a newer. */
@ApplicationScoped
public class CatalogReadModel {

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ExercisePublished exercise) {
        CatalogExercise known = CatalogExercise.findById(exercise.slug());
        if (known == null) {
            known = new CatalogExercise();
            known.slug = exercise.slug();
        } else if (known.version > exercise.version()) {
            return;
        }
        known.name = exercise.name();
        known.easierSlug = exercise.easier().isEmpty() ? null : exercise.easier().get(0);
        known.easierSlugs = exercise.easier().isEmpty() ? null : String.join(",", exercise.easier());
        known.harderSlugs = exercise.harder().isEmpty() ? null : String.join(",", exercise.harder());
        known.category = exercise.category();
        known.retired = exercise.retired();
        known.version = exercise.version();
        known.persist();
    }

    /** How many exercises have arrived from catalog.exercises. */
    @Transactional
    public long size() {
        return CatalogExercise.count();
    }
}
