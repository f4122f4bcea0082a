package org.lumbar.catalog.exercises;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.catalog.domain.DifficultyGraph;
import org.lumbar.catalog.domain.Exercise;
import org.lumbar.catalog.domain.ExerciseLink;
import org.lumbar.catalog.domain.ExerciseRepository;
import org.lumbar.commons.http.Page;
import org.lumbar.commons.http.Problem;
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
        if (!query.includeRetired()) {
            where.add("e.retired = false");
        }
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
        List<String> words = words(query.text());
        for (int i = 0; i < words.size(); i++) {
            String param = "word" + i;
            where.add(("(lower(e.name) like :%1$s escape '!' or lower(e.purpose) like :%1$s escape '!'"
                    + " or exists (select a from e.aliases a where lower(a) like :%1$s escape '!'))").formatted(param));
            params.put(param, "%" + escapeLike(words.get(i)) + "%");
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        var found = exercises.find("from Exercise e" + condition + " order by " + query.sort().orderBy(), params);
        long total = found.count();
        List<Exercise> items = found.page(query.page(), query.size()).list();
        items.forEach(Exercise::withDetails);
        return new Page<>(items, total);
    }

    /** Retired exercises stay readable by slug, so old programs and sessions can still show them. */
    @Transactional
    public Exercise get(String slug) {
        return find(slug).withDetails();
    }

    @Transactional
    public Progressions progressions(String slug) {
        find(slug);
        DifficultyGraph graph = new DifficultyGraph(exercises.difficultyEdges());
        Map<String, Integer> easier = graph.easierThan(slug);
        Map<String, Integer> harder = graph.harderThan(slug);
        Set<String> onChains = new HashSet<>(easier.keySet());
        onChains.addAll(harder.keySet());
        Map<String, Exercise> known = exercises.bySlug(onChains);
        return new Progressions(slug, steps(easier, known), steps(harder, known));
    }

    /** Adds an exercise at version 1 and publishes it, in one transaction. */
    @Transactional
    public Exercise create(ExerciseInput input) {
        if (input.slug() == null) {
            throw ProblemException.badRequest("slug", "must not be blank");
        }
        if (Boolean.TRUE.equals(input.retired())) {
            throw ProblemException.unprocessable("retired", "a new exercise cannot start retired");
        }
        if (exercises.findByIdOptional(input.slug()).isPresent()) {
            throw ProblemException.conflict("Exercise " + input.slug() + " already exists; change it with PUT /exercises/"
                    + input.slug());
        }
        requireValidLinks(input.slug(), input, Set.of());
        Exercise exercise = new Exercise();
        exercise.slug = input.slug();
        applyContent(exercise, input);
        changed(exercise);
        exercises.persist(exercise);
        // a twin request that created the same slug in the meantime fails here, answered as a 409
        exercises.flush();
        return exercise.withDetails();
    }

    /** Replaces the content of an exercise, if it is still at the version the change is based on. */
    @Transactional
    public Exercise update(String slug, List<Precondition> preconditions, ExerciseInput input) {
        if (input.slug() != null && !input.slug().equals(slug)) {
            throw ProblemException.unprocessable("slug", "must be " + slug + " as in the path; a slug cannot be changed");
        }
        Exercise exercise = findForUpdate(slug);
        requireCurrent(exercise, preconditions);
        requireValidLinks(slug, input, exercise.links);
        applyContent(exercise, input);
        if (input.retired() != null) {
            exercise.retired = input.retired();
        }
        changed(exercise);
        return exercise.withDetails();
    }

    /**
     * Takes an exercise out of search; it stays readable by slug and on the topic (as retired). Retiring a retired
     * exercise changes nothing, so a repeated request gets the same answer.
     */
    @Transactional
    public Exercise retire(String slug, List<Precondition> preconditions) {
        Exercise exercise = findForUpdate(slug);
        if (exercise.retired) {
            return exercise.withDetails();
        }
        requireCurrent(exercise, preconditions);
        exercise.retired = true;
        changed(exercise);
        return exercise.withDetails();
    }

    /** Hands every exercise whose latest version is not yet on {@code catalog.exercises} to the outbox. */
    @Transactional
    public int publishPending() {
        List<Exercise> pending = exercises.unpublished();
        pending.forEach(this::publish);
        return pending.size();
    }

    private Exercise find(String slug) {
        return exercises.findByIdOptional(slug).orElseThrow(() -> ProblemException.notFound("Exercise " + slug));
    }

    private Exercise findForUpdate(String slug) {
        return exercises.findForUpdate(slug).orElseThrow(() -> ProblemException.notFound("Exercise " + slug));
    }

    private static void requireCurrent(Exercise exercise, List<Precondition> preconditions) {
        for (Precondition precondition : preconditions) {
            if (!precondition.holdsFor(exercise.version)) {
                String message = "does not match the current version " + exercise.version
                        + "; read the exercise again and apply the change to it";
                throw new ProblemException(412, "Precondition Failed", precondition.field() + ": " + message,
                        List.of(new Problem.FieldError(precondition.field(), message)));
            }
        }
    }

    /**
     * Every link must name another existing exercise, a link added now must not point at a retired one, and no
     * exercise may end up harder than itself through the links of the whole catalog.
     */
    private void requireValidLinks(String slug, ExerciseInput input, Set<ExerciseLink> currentLinks) {
        Map<String, List<LinkedExercise>> byKind = Map.of(ExerciseLink.EASIER, input.easier(), ExerciseLink.HARDER,
                input.harder());
        Set<String> targets = new HashSet<>();
        byKind.values().forEach(links -> links.forEach(link -> targets.add(link.slug())));
        Map<String, Exercise> known = exercises.bySlug(targets);
        DifficultyGraph graph = new DifficultyGraph(exercises.difficultyEdgesExceptFrom(slug));
        for (String kind : List.of(ExerciseLink.EASIER, ExerciseLink.HARDER)) {
            List<LinkedExercise> links = byKind.get(kind);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < links.size(); i++) {
                String field = kind + "[" + i + "].slug";
                String target = links.get(i).slug();
                if (target.equals(slug)) {
                    throw ProblemException.unprocessable(field, "an exercise cannot be " + kind + " than itself");
                }
                if (!seen.add(target)) {
                    throw ProblemException.unprocessable(field, target + " is listed twice");
                }
                Exercise linked = known.get(target);
                if (linked == null) {
                    throw ProblemException.unprocessable(field, "no exercise " + target + " in the catalog");
                }
                if (linked.retired && !currentLinks.contains(new ExerciseLink(kind, target, null))) {
                    throw ProblemException.unprocessable(field, target + " is retired");
                }
                DifficultyGraph.Edge edge = DifficultyGraph.Edge.of(slug, kind, target);
                Optional<List<String>> wayBack = graph.pathUp(edge.harder(), edge.easier());
                if (wayBack.isPresent()) {
                    throw ProblemException.unprocessable(field, "would make " + slug + " harder than itself: "
                            + edge.easier() + " -> " + String.join(" -> ", wayBack.get()) + " (each harder than the one before)");
                }
                graph.add(edge);
            }
        }
    }

    private static void applyContent(Exercise e, ExerciseInput input) {
        e.name = input.name().strip();
        e.aliases = new ArrayList<>(input.aliases());
        e.category = input.category();
        e.bodyPosition = input.position();
        e.equipment = new ArrayList<>(input.equipment());
        e.level = input.level();
        e.flareUpSafe = input.flareUpSafe();
        e.purpose = input.purpose().strip();
        e.setup = input.setup().strip();
        e.steps = new ArrayList<>(input.steps());
        e.formCues = new ArrayList<>(input.formCues());
        e.commonMistakes = new ArrayList<>(input.commonMistakes());
        e.breathingCue = input.breathingCue() == null || input.breathingCue().isBlank() ? null : input.breathingCue().strip();
        e.targetAreas = new ArrayList<>(input.targetAreas());
        e.stopSigns = new ArrayList<>(input.stopSigns());
        e.sources = new ArrayList<>(input.sources());
        Set<ExerciseLink> links = new LinkedHashSet<>();
        input.easier().forEach(l -> links.add(new ExerciseLink(ExerciseLink.EASIER, l.slug(), l.note())));
        input.harder().forEach(l -> links.add(new ExerciseLink(ExerciseLink.HARDER, l.slug(), l.note())));
        e.links = links;
        DefaultDose dose = input.defaultDose();
        e.setsMin = dose.sets().min();
        e.setsMax = dose.sets().max();
        e.repsMin = dose.reps() == null ? null : dose.reps().min();
        e.repsMax = dose.reps() == null ? null : dose.reps().max();
        e.holdSecondsMin = dose.holdSeconds() == null ? null : dose.holdSeconds().min();
        e.holdSecondsMax = dose.holdSeconds() == null ? null : dose.holdSeconds().max();
        e.durationSecondsMin = dose.durationSeconds() == null ? null : dose.durationSeconds().min();
        e.durationSecondsMax = dose.durationSeconds() == null ? null : dose.durationSeconds().max();
        e.perSide = dose.perSide();
    }

    /** Every change is a new version, published through the outbox in the transaction that makes it. */
    private void changed(Exercise exercise) {
        exercise.version++;
        exercise.updatedAt = Instant.now();
        publish(exercise);
    }

    private void publish(Exercise exercise) {
        outbox.enqueue(toEvent(exercise), exercise.slug, exercise.slug, exercise.updatedAt);
        exercise.publishedVersion = exercise.version;
    }

    private static List<Progressions.Step> steps(Map<String, Integer> distances, Map<String, Exercise> known) {
        return distances.entrySet().stream()
                .map(d -> {
                    Exercise e = known.get(d.getKey());
                    return new Progressions.Step(e.slug, e.name, e.level, d.getValue(), e.retired);
                })
                .sorted(Comparator.comparingInt(Progressions.Step::stepsAway).thenComparing(Progressions.Step::slug))
                .toList();
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }

    private static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static ExercisePublished toEvent(Exercise e) {
        Dose dose = new Dose(e.setsMin, e.setsMax, e.repsMin, e.repsMax, e.holdSecondsMin, e.holdSecondsMax, e.perSide);
        return new ExercisePublished(e.slug, e.name, e.category, e.bodyPosition, e.level, e.flareUpSafe, e.retired, dose,
                e.linked(ExerciseLink.EASIER), e.linked(ExerciseLink.HARDER), e.version);
    }
}
