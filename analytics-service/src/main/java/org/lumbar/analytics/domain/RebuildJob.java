package org.lumbar.analytics.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One replay of the topics into fresh aggregates, as an admin follows it. */
@Entity
@Table(name = "rebuild_job")
public class RebuildJob extends PanacheEntityBase {

    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Program events applied (each event id once). */
    @Column(name = "program_events", nullable = false)
    public int programEvents;

    @Column(name = "session_events", nullable = false)
    public int sessionEvents;

    /** Records that were not valid events (they are on the dead-letter topics) and were passed over. */
    @Column(nullable = false)
    public int unreadable;

    public String error;
}
