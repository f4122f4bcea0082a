package org.lumbar.catalog.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.catalog.domain.Exercise;
import org.lumbar.catalog.domain.ExerciseLink;
import org.lumbar.catalog.domain.ExerciseRepository;
import org.lumbar.commons.http.Page;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.outbox.Outbox;
import org.lumbar.contracts.catalog.Dose;
import org.lumbar.contracts.catalog.ExercisePublished;


@ApplicationScoped
public class ExerciseService {

    private final ExerciseRepository exercises;
    private final Outbox outbox;

    public ExerciseService(ExerciseRepository exercises, Outbox outbox) {
        this.exercises = exercises;
        this.outbox = outbox;
    }

    @Transactional
    public Page<Exercise> search(ExerciseQuery query) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("e.retired = false");
        if (query.category() != null) {
            where.add("e.category = :category");
            params.put("category", query.category());
        }
        if (query.position() != null) {
            where.add("e.bodyPosition = :position");
            params.put("position", query.position());
        }
        if (query.level() != null) {
            where.add("e.level = :level");
            params.put("level", query.level());
        }
        if (query.flareUpSafe() != null) {
            where.add("e.flareUpSafe = :flareUpSafe");
            params.put("flareUpSafe", query.flareUpSafe());
        }
        if (query.equipment() != null) {
            where.add(":equipment member of e.equipment");
            params.put("equipment", query.equipment());
        }
        if (query.target() != null) {
            where.add(":target member of e.targetAreas");
            params.put("target", query.target());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.add("(lower(e.name) like :text or lower(e.purpose) like :text"
                    + " or exists (select a from e.aliases a where lower(a) like :text))");
            params.put("text", "%" + query.text().toLowerCase(Locale.ROOT).trim() + "%");
        }
        var found = exercises.find("from Exercise e where " + String.join(" and ", where) + " order by e.level, e.name", params);
        long total = found.count();
        List<Exercise> items = found.page(query.page(), query.size()).list();
        items.forEach(Exercise::withDetails);
        return new Page<>(items, total);
    }

    /** Retired exercises stay readable by slug, so old programs and sessions can still show them. */
    @Transactional
    public Exercise get(String slug) {
        return exercises.findByIdOptional(slug).map(Exercise::withDetails)
                .orElseThrow(() -> ProblemException.notFound("Exercise " + slug));
    }

    /** Hands every exercise whose latest version is not yet on {@code catalog.exercises} to the outbox. */
    @Transactional
    public int publishPending() {
        List<Exercise> pending = exercises.unpublished();
        for (Exercise e : pending) {
            outbox.enqueue(toEvent(e), e.slug, e.slug, e.updatedAt);
            e.publishedVersion = e.version;
        }
        return pending.size();
    }

    static ExercisePublished toEvent(Exercise e) {
        Dose dose = new Dose(e.setsMin, e.setsMax, e.repsMin, e.repsMax, e.holdSecondsMin, e.holdSecondsMax, e.perSide);
        return new ExercisePublished(e.slug, e.name, e.category, e.bodyPosition, e.level, e.flareUpSafe, e.retired, dose,
                e.linked(ExerciseLink.EASIER), e.linked(ExerciseLink.HARDER), e.version);
    }
}
