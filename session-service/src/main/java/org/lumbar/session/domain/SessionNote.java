package org.lumbar.session.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A free-text note of a session; kept in the session, never put on Kafka or in logs. */
@Entity
@Table(name = "session_note")
public class SessionNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(nullable = false, length = 2000)
    public String text;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    public static List<SessionNote> ofSession(UUID sessionId) {
        return list("sessionId = ?1 order by occurredAt", sessionId);
    }
}
