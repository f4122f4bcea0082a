package org.lumbar.program.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A session that followed one of our programs, as learnt from session.events. */
@Entity
@Table(name = "tracked_session")
public class TrackedSession extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "program_id", nullable = false)
    public UUID programId;

    @Column(name = "program_version", nullable = false)
    public int programVersion;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** The latest completed sessions that followed this version of the program, newest first. */
    public static List<TrackedSession> lastCompleted(UUID programId, int version, int count) {
        return find("programId = ?1 and programVersion = ?2 and completedAt is not null order by completedAt desc",
                programId, version).page(0, count).list();
    }
}
