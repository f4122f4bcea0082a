package org.lumbar.program.domain;

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

/** A patient's personal program; what it prescribes lives in its {@link ProgramVersion}s. */
@Entity
@Table(name = "program")
public class Program extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Column(name = "clinic_id")
    public String clinicId;

    @Column(name = "clinician_id")
    public String clinicianId;

    @Column(name = "template_id")
    public String templateId;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    /** Last day sessions are expected; null while open-ended. */
    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgramStatus status;

    /** The clinical rule holding the program (paused or waiting for review) until a clinician lets it go on. */
    @Column(name = "hold_rule")
    public String holdRule;

    @Column(name = "hold_reason")
    public String holdReason;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
