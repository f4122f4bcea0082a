package org.lumbar.analytics.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.lumbar.commons.schedule.ScheduleColumns;
import org.lumbar.commons.schedule.ScheduleVersion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of a program from the day it took effect: its schedule, or nothing while paused or ended. */
@Entity
@Table(name = "patient_program_version")
@IdClass(ProgramVersionInForce.Key.class)
public class ProgramVersionInForce extends PanacheEntityBase {

    @Id
    @Column(name = "program_id")
    public UUID programId;

    @Id
    public int version;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(nullable = false)
    public boolean active;

    @Embedded
    public ScheduleColumns schedule;

    public ScheduleVersion toScheduleVersion() {
        return new ScheduleVersion(effectiveFrom, active, schedule.toSchedule());
    }

    /** Ordered by the day each took effect, then by version. */
    public static List<ScheduleVersion> of(UUID programId) {
        return ProgramVersionInForce.<ProgramVersionInForce> list("programId = ?1 order by effectiveFrom, version",
                programId).stream().map(ProgramVersionInForce::toScheduleVersion).toList();
    }

    /** Every version of these programs, ordered by program, the day each took effect, then version. */
    public static List<ProgramVersionInForce> ofPrograms(List<UUID> programIds) {
        return list("programId in ?1 order by programId, effectiveFrom, version", programIds);
    }

    public record Key(UUID programId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
