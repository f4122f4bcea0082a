package org.lumbar.session.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One exercise session of a patient, following a program version or ad hoc. */
@Entity
@Table(name = "exercise_session")
public class ExerciseSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Column(name = "clinic_id")
    public String clinicId;

    @Column(name = "program_id")
    public UUID programId;

    @Column(name = "program_version")
    public Integer programVersion;

    @Column(name = "planned_date")
    public LocalDate plannedDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionState state;

    @Column(name = "sets_prescribed", nullable = false)
    public int setsPrescribed;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    /** Why an abandoned session ended: patient or idle. */
    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
