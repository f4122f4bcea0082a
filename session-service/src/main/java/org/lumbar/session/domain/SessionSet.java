package org.lumbar.session.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A set done in a session; (exercise, set number, side) is recorded at most once per session. */
@Entity
@Table(name = "session_set")
public class SessionSet extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(nullable = false)
    public String exercise;

    @Column(name = "set_number", nullable = false)
    public int setNumber;

    /** left, right or both. */
    @Column(nullable = false)
    public String side;

    public Integer reps;

    @Column(name = "hold_seconds")
    public Integer holdSeconds;

    public Integer effort;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** Distinct (exercise, set number) pairs of the session, counted by the database. */
    public static List<SessionSet> ofSession(UUID sessionId) {
        return list("sessionId = ?1 order by occurredAt, setNumber", sessionId);
    }
}
