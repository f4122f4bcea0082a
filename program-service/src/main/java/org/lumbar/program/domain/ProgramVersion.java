package org.lumbar.program.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

    /** JSON array of {@link org.lumbar.contracts.program.ProgramItem}. */
    @Column(nullable = false, length = 100_000)
    public String items;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public record Key(UUID programId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
