package org.lumbar.analytics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.lumbar.contracts.program.Schedule;

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

    @Column(name = "schedule_kind", nullable = false)
    public String scheduleKind;

    @Column(name = "times_per_day")
    public Integer timesPerDay;

    @Column(name = "min_per_week")
    public Integer minPerWeek;

    @Column(name = "max_per_week")
    public Integer maxPerWeek;

    @Column(name = "non_consecutive", nullable = false)
    public boolean nonConsecutive;

    public String weekdays;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    public Schedule schedule() {
        List<java.time.DayOfWeek> days = weekdays == null || weekdays.isBlank() ? List.of()
                : java.util.Arrays.stream(weekdays.split(",")).map(java.time.DayOfWeek::valueOf).toList();
        return new Schedule(Schedule.Kind.valueOf(scheduleKind), timesPerDay, minPerWeek, maxPerWeek, nonConsecutive, days);
    }

    public static List<PatientProgram> ofPatient(String patientId) {
        return list("patientId = ?1 order by assignedAt", patientId);
    }
}
