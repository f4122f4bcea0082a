package org.lumbar.program.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A patient's answers to the screening questions, and whether they hold a program for a clinician's review. */
@Entity
@Table(name = "screening")
public class Screening extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    /** Comma-separated red-flag codes answered yes. */
    @Column(name = "red_flags")
    public String redFlags;

    @Column(name = "chronic_or_severe", nullable = false)
    public boolean chronicOrSevere;

    @Column(name = "recent_fall_or_surgery", nullable = false)
    public boolean recentFallOrSurgery;

    @Column(name = "needs_review", nullable = false)
    public boolean needsReview;

    /** Comma-separated ids of the screening rules the answers tripped. */
    public String reasons;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;

    @Column(name = "cleared_at")
    public Instant clearedAt;

    @Column(name = "cleared_by")
    public String clearedBy;

    public static Optional<Screening> latestOf(String patientId) {
        return Screening.<Screening> find("patientId = ?1 order by answeredAt desc", patientId).firstResultOptional();
    }

    /** The answers that called for review and that no clinician has cleared yet, oldest first. */
    public static List<Screening> unclearedOf(String patientId) {
        return list("patientId = ?1 and needsReview = true and clearedAt is null order by answeredAt", patientId);
    }

    /** The answers still hold programs back: they tripped a rule and no clinician has cleared them. */
    public boolean holdsPrograms() {
        return needsReview && clearedAt == null;
    }

    public List<String> redFlagList() {
        return redFlags == null ? List.of() : List.of(redFlags.split(","));
    }

    public List<String> reasonList() {
        return reasons == null ? List.of() : Arrays.asList(reasons.split(","));
    }

    public void clear(String by, Instant at) {
        clearedAt = at;
        clearedBy = by;
    }
}
