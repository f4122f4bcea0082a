package org.lumbar.catalog.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ExerciseRepository implements PanacheRepositoryBase<Exercise, String> {

    /** Exercises whose latest version has not been handed to the outbox yet. */
    public List<Exercise> unpublished() {
        return list("publishedVersion < version order by slug");
    }
}
