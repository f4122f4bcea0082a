package org.lumbar.program.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.lumbar.commons.schedule.ScheduleColumns;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One immutable version of a program: its schedule and its items (stored as JSON). */
@Entity
@Table(name = "program_version")
@IdClass(ProgramVersion.Key.class)
public class ProgramVersion extends PanacheEntityBase {

    @Id
    @Column(name = "program_id")
    public UUID programId;

    @Id
    public int version;

    @Embedded
    public ScheduleColumns schedule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgramStatus status;

    /** First day (patient's calendar) this version is in force. */
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    public String reason;

    /** JSON array of {@link org.lumbar.contracts.program.ProgramItem}. */
    @Column(nullable = false, length = 100_000)
    public String items;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static List<ProgramVersion> history(UUID programId) {
        return list("programId = ?1 order by version", programId);
    }

    public record Key(UUID programId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
