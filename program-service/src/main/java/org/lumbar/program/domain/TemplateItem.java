package org.lumbar.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One exercise of a template with the dose range the seed gives. */
@Embeddable
public class TemplateItem {

    @Column(nullable = false)
    public String exercise;

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

    @Column(name = "per_side", nullable = false)
    public boolean perSide;

    public String notes;

    /** warm-up, or null for the main work. */
    public String phase;
}
