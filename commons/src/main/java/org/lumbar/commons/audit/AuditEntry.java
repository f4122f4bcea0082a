package org.lumbar.commons.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One read of a patient's data by someone else (a clinician): who, which patient, what, when. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "actor_id", nullable = false)
    public String actorId;

    @Column(name = "actor_clinic")
    public String actorClinic;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    /** The request, e.g. {@code GET /programs/9b2e...}. */
    @Column(nullable = false, length = 500)
    public String action;

    @Column(nullable = false)
    public Instant at;
}
