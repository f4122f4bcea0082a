package org.lumbar.analytics.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One answer to the Patient-Specific Functional Scale: its score, the week it falls in, the response as given. */
@Entity
@Table(name = "psfs_response")
public class PsfsResponse extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    /** The ISO week of the patient's calendar the response was authored in. */
    @Column(name = "iso_week", nullable = false)
    public String isoWeek;

    @Column(name = "authored_at", nullable = false)
    public Instant authoredAt;

    @Column(nullable = false)
    public double score;

    /** The FHIR QuestionnaireResponse, as stored with its id. */
    @Column(nullable = false, length = 8000)
    public String response;

    public static List<PsfsResponse> ofPatient(String patientId) {
        return list("patientId = ?1 order by authoredAt", patientId);
    }
}
