package org.lumbar.analytics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.lumbar.commons.schedule.ScheduleColumns;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A program as analytics knows it from program.events. */
@Entity
@Table(name = "patient_program")
public class PatientProgram extends PanacheEntityBase {

    @Id
    @Column(name = "program_id")
    public UUID programId;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Column(name = "clinic_id")
    public String clinicId;

    @Column(nullable = false)
    public int version;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    /** Last day sessions are expected; null while open-ended. */
    @Column(name = "end_date")
    public LocalDate endDate;

    /** The schedule of the latest version. */
    @Embedded
    public ScheduleColumns schedule;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    public static List<PatientProgram> ofPatient(String patientId) {
        return list("patientId = ?1 order by assignedAt", patientId);
    }

    public static List<PatientProgram> ofPatients(List<String> patientIds) {
        return list("patientId in ?1 order by assignedAt", patientIds);
    }
}
