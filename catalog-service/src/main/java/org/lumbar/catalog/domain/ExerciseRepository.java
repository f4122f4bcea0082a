package org.lumbar.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ExerciseRepository implements PanacheRepositoryBase<Exercise, String> {

    /** Exercises whose latest version has not been handed to the outbox yet. */
    public List<Exercise> unpublished() {
        return list("publishedVersion < version order by slug");
    }

    /** Loads an exercise to change it; concurrent writers of the same exercise wait for this transaction. */
    public Optional<Exercise> findForUpdate(String slug) {
        return findByIdOptional(slug, LockModeType.PESSIMISTIC_WRITE);
    }

    public Map<String, Exercise> bySlug(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        return this.<Exercise> list("from Exercise e where e.slug in ?1", slugs).stream()
                .collect(Collectors.toMap(e -> e.slug, Function.identity()));
    }

    /** Every link of the catalog as a step up in difficulty. */
    public List<DifficultyGraph.Edge> difficultyEdges() {
        return edges(getEntityManager()
                .createQuery("select e.slug, l.kind, l.toSlug from Exercise e join e.links l", Object[].class)
                .getResultList());
    }

    /** Every link of the catalog but those {@code slug} states itself, which a change of it is about to replace. */
    public List<DifficultyGraph.Edge> difficultyEdgesExceptFrom(String slug) {
        return edges(getEntityManager()
                .createQuery("select e.slug, l.kind, l.toSlug from Exercise e join e.links l where e.slug <> :slug",
                        Object[].class)
                .setParameter("slug", slug)
                .getResultList());
    }

    private static List<DifficultyGraph.Edge> edges(List<Object[]> rows) {
        return rows.stream().map(row -> DifficultyGraph.Edge.of((String) row[0], (String) row[1], (String) row[2]))
                .toList();
    }
}
