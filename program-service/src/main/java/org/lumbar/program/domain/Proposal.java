package org.lumbar.program.domain;

import java.time.Instant;
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

    public enum Kind {
        INCREASE_HOLD,
        ADD_SET,
        MOVE_TO_HARDER,
        MOVE_TO_EASIER,
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

    public static boolean pendingExists(UUID programId, String exercise, Kind kind) {
        if (exercise == null) {
            return count("programId = ?1 and status = ?2 and kind = ?3 and exercise is null", programId, Status.PENDING,
                    kind) > 0;
        }
        return count("programId = ?1 and status = ?2 and kind = ?3 and exercise = ?4", programId, Status.PENDING, kind,
                exercise) > 0;
    }
}
