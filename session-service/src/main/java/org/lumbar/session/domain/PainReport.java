package org.lumbar.session.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A 0–10 pain score reported in a session, with the guidance the patient was given. */
@Entity
@Table(name = "pain_report")
public class PainReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    public String exercise;

    @Column(nullable = false)
    public int score;

    /** before, during or after. */
    @Column(nullable = false)
    public String timing;

    public String quality;

    public String location;

    /** Comma-separated red-flag codes the patient answered yes to. */
    @Column(name = "red_flags")
    public String redFlags;

    @Column(nullable = false)
    public String guidance;

    @Column(nullable = false)
    public boolean alert;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    public static List<PainReport> ofSession(UUID sessionId) {
        return list("sessionId = ?1 order by occurredAt", sessionId);
    }
}
