package org.lumbar.program.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A change the progression rules suggest for a program version; the patient or clinician accepts or declines it. */
@Entity
@Table(name = "proposal")
public class Proposal extends PanacheEntityBase {

    /** The step's kind; PAUSE_AND_SEE_CLINICIAN only on proposals from before red flags paused programs at once. */
    public enum Kind {
        MORE_REPS,
        INCREASE_HOLD,
        ADD_SET,
        MOVE_TO_HARDER,
        MOVE_TO_EASIER,
        LOWER_DOSE,
        PAUSE_AND_SEE_CLINICIAN
    }

    public enum Status {
        PENDING,
        ACCEPTED,
        DECLINED,
        SUPERSEDED
    }

    @Id
    public UUID id;

    @Column(name = "program_id", nullable = false)
    public UUID programId;

    /** The program version the proposal was made for; it is stale once the program moved on. */
    @Column(name = "based_on", nullable = false)
    public int basedOn;

    public String exercise;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "target_exercise")
    public String targetExercise;

    @Column(name = "new_sets")
    public Integer newSets;

    @Column(name = "new_hold")
    public Integer newHold;

    @Column(name = "new_reps")
    public Integer newReps;

    @Column(name = "new_per_side")
    public Boolean newPerSide;

    /** The clinical rule that made the proposal (docs/clinical-rules.md). */
    @Column(name = "rule_id")
    public String ruleId;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    /** The day (in the patient's zone) the latest accepted step of an exercise, or to it, was taken. */
    public static Optional<LocalDate> lastStepOn(UUID programId, String exercise, ZoneId zone) {
        return Proposal.<Proposal> find("programId = ?1 and status = ?2 and (exercise = ?3 or targetExercise = ?3) "
                + "and decidedAt is not null order by decidedAt desc", programId, Status.ACCEPTED, exercise)
                .firstResultOptional().map(p -> LocalDate.ofInstant(p.decidedAt, zone));
    }

    /** An easier variant or a lower dose: still acceptable while a rule holds the program. */
    public boolean regression() {
        return kind == Kind.MOVE_TO_EASIER || kind == Kind.LOWER_DOSE;
    }

    public static boolean pendingExists(UUID programId, String exercise, Kind kind) {
        if (exercise == null) {
            return count("programId = ?1 and status = ?2 and kind = ?3 and exercise is null", programId, Status.PENDING,
                    kind) > 0;
        }
        return count("programId = ?1 and status = ?2 and kind = ?3 and exercise = ?4", programId, Status.PENDING, kind,
                exercise) > 0;
    }
}
