package org.lumbar.analytics.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One reported pain score, kept as it was reported (the source of the FHIR observations). */
@Entity
@Table(name = "pain_score")
public class PainScore extends PanacheEntityBase {

    /** The CloudEvent id of the pain-reported event. */
    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    public String exercise;

    @Column(nullable = false)
    public int score;

    @Column(nullable = false)
    public String timing;

    public String quality;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
