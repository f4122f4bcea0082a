package org.lumbar.session.domain;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of a program as session-service needs it: whose it is and what it prescribes. */
@Entity
@Table(name = "program_snapshot")
@IdClass(ProgramSnapshot.Key.class)
public class ProgramSnapshot extends PanacheEntityBase {

    @Id
    @Column(name = "program_id")
    public UUID programId;

    @Id
    public int version;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Column(name = "clinic_id")
    public String clinicId;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** JSON array of {@link org.lumbar.contracts.program.ProgramItem}. */
    @Column(nullable = false, length = 100_000)
    public String items;

    @Column(name = "sets_prescribed", nullable = false)
    public int setsPrescribed;

    /** ACTIVE, PAUSED, NEEDS_REVIEW or ENDED; null on versions stored before it was kept (then active). */
    public String status;

    /** Why a paused or held version is, in program-service's words. */
    @Column(name = "hold_reason")
    public String holdReason;

    /** Paused (by the patient, a clinician or a red flag) or waiting for review: no new session starts. */
    public boolean held() {
        return "PAUSED".equals(status) || "NEEDS_REVIEW".equals(status);
    }

    public static ProgramSnapshot latest(UUID programId) {
        return ProgramSnapshot.<ProgramSnapshot> find("programId = ?1 order by version desc", programId)
                .firstResultOptional().orElse(null);
    }

    public record Key(UUID programId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
