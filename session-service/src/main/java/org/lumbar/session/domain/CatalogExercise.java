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

    /** Comma-separated slugs of every easier variant. */
    @Column(name = "easier_slugs")
    public String easierSlugs;

    /** Comma-separated slugs of every harder variant. */
    @Column(name = "harder_slugs")
    public String harderSlugs;

    /** The catalog's category, such as core-stability or stretch. */
    public String category;

    @Column(nullable = false)
    public boolean retired;

    @Column(nullable = false)
    public long version;

    /** The easier and harder variants: pain on one of them is this exercise still hurting. */
    public java.util.Set<String> variants() {
        java.util.Set<String> variants = new java.util.HashSet<>();
        for (String slugs : new String[] { easierSlugs, harderSlugs, easierSlug }) {
            if (slugs != null && !slugs.isBlank()) {
                variants.addAll(java.util.List.of(slugs.split(",")));
            }
        }
        return variants;
    }

    public boolean strengthening() {
        return org.lumbar.clinical.progression.ExerciseFacts.Kind.ofCategory(category)
                == org.lumbar.clinical.progression.ExerciseFacts.Kind.STRENGTHENING;
    }
}
