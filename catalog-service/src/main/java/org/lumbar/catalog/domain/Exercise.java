package org.lumbar.catalog.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.ListIndexBase;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One exercise of the catalog; the seed content is loaded by Flyway, admins add and change exercises through the API. */
@Entity
@Table(name = "exercise")
public class Exercise extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String category;

    @Column(name = "body_position", nullable = false)
    public String bodyPosition;

    @Column(nullable = false)
    public int level;

    @Column(name = "flare_up_safe", nullable = false)
    public boolean flareUpSafe;

    @Column(nullable = false, length = 2000)
    public String purpose;

    @Column(nullable = false, length = 2000)
    public String setup;

    @Column(name = "breathing_cue", length = 1000)
    public String breathingCue;

    @Column(name = "sets_min", nullable = false)
    public int setsMin;

    @Column(name = "sets_max", nullable = false)
    public int setsMax;

    @Column(name = "reps_min")
    public Integer repsMin;

    @Column(name = "reps_max")
    public Integer repsMax;

    @Column(name = "hold_seconds_min")
    public Integer holdSecondsMin;

    @Column(name = "hold_seconds_max")
    public Integer holdSecondsMax;

    @Column(name = "duration_seconds_min")
    public Integer durationSecondsMin;

    @Column(name = "duration_seconds_max")
    public Integer durationSecondsMax;

    @Column(name = "per_side", nullable = false)
    public boolean perSide;

    @Column(nullable = false)
    public boolean retired;

    @Column(nullable = false)
    public long version;

    /** The version last handed to the outbox; behind {@link #version} means the change is not yet published. */
    @Column(name = "published_version", nullable = false)
    public long publishedVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "exercise_alias", joinColumns = @JoinColumn(name = "exercise_slug"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "alias")
    public List<String> aliases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exercise_equipment", joinColumns = @JoinColumn(name = "exercise_slug"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "equipment")
    public List<String> equipment = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exercise_target", joinColumns = @JoinColumn(name = "exercise_slug"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "area")
    public List<String> targetAreas = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exercise_step", joinColumns = @JoinColumn(name = "exercise_slug"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "text", length = 1000)
    public List<String> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exercise_form_cue", joinColumns = @JoinColumn(name = "exercise_slug"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "text", length = 1000)
    public List<String> formCues = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exercise_mistake", joinColumns = @JoinColumn(name = "exercise_slug"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "text", length = 1000)
    public List<String> commonMistakes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exercise_stop_sign", joinColumns = @JoinColumn(name = "exercise_slug"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "text", length = 1000)
    public List<String> stopSigns = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exercise_source", joinColumns = @JoinColumn(name = "exercise_slug"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "seed")
    public List<String> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exercise_link", joinColumns = @JoinColumn(name = "from_slug"))
    public Set<ExerciseLink> links = new LinkedHashSet<>();

    /** Slugs of the linked exercises of one kind, in slug order. */
    public List<String> linked(String kind) {
        return links(kind).stream().map(l -> l.toSlug).toList();
    }

    /** The links of one kind ({@link ExerciseLink#EASIER} or {@link ExerciseLink#HARDER}), in slug order. */
    public List<ExerciseLink> links(String kind) {
        return links.stream().filter(l -> l.kind.equals(kind)).sorted(Comparator.comparing(l -> l.toSlug)).toList();
    }

    /** Loads every list while the transaction is open, so the exercise can be shown after it ends. */
    public Exercise withDetails() {
        for (var list : List.of(aliases, equipment, targetAreas, steps, formCues, commonMistakes, stopSigns, sources)) {
            org.hibernate.Hibernate.initialize(list);
        }
        org.hibernate.Hibernate.initialize(links);
        return this;
    }

    public boolean isPublished() {
        return publishedVersion >= version;
    }
}
