package org.lumbar.catalog.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A typed link from one exercise to an easier (modification, regression) or harder (progression) one. "A easier B"
 * and "B harder A" say the same thing; the seeds state both directions, written exercises may state either.
 */
@Embeddable
public class ExerciseLink {

    public static final String EASIER = "easier";
    public static final String HARDER = "harder";

    @Column(nullable = false)
    public String kind;

    @Column(name = "to_slug", nullable = false)
    public String toSlug;

    public String note;

    protected ExerciseLink() {
    }

    public ExerciseLink(String kind, String toSlug, String note) {
        this.kind = kind;
        this.toSlug = toSlug;
        this.note = note;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExerciseLink link && kind.equals(link.kind) && toSlug.equals(link.toSlug);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, toSlug);
    }
}
