package org.lumbar.session.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An exercise as session-service knows it from catalog.exercises: its name and the easier variant to suggest. */
@Entity
@Table(name = "catalog_exercise")
public class CatalogExercise extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(name = "easier_slug")
    public String easierSlug;

    @Column(nullable = false)
    public boolean retired;

    @Column(nullable = false)
    public long version;
}
