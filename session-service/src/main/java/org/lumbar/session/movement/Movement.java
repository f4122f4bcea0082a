package org.lumbar.session.movement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A walk, ride or swim the patient recorded, toward the weekly movement goal. */
@Entity
@Table(name = "movement")
public class Movement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    /** walk, cycle, swim or other. */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public int minutes;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<Movement> ofPatient(String patientId, Instant from, Instant to) {
        return list("patientId = ?1 and occurredAt >= ?2 and occurredAt < ?3 order by occurredAt", patientId, from, to);
    }
}
