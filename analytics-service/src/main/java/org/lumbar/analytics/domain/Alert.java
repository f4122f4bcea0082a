package org.lumbar.analytics.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.lumbar.clinical.alerts.AlertRule;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One episode of an alert rule for one patient: raised once, acknowledged by a clinician, cleared when it ends. */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Column(name = "clinic_id")
    public String clinicId;

    @Column(nullable = false)
    public String rule;

    @Column(nullable = false)
    public String severity;

    @Column(name = "severity_rank", nullable = false)
    public int severityRank;

    @Column(nullable = false)
    public String reason;

    /** The clinical rule that raised the alert: the pain rule for session alerts, the alert rule otherwise. */
    @Column(name = "rule_id")
    public String ruleId;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "pain_score")
    public Integer painScore;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    /** {@code <patient>/<rule>} while the episode lasts, null once cleared: one open alert per patient and rule. */
    @Column(name = "open_key")
    public String openKey;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "cleared_at")
    public Instant clearedAt;

    @Column(name = "cleared_reason")
    public String clearedReason;

    public static String openKey(String patientId, AlertRule rule) {
        return patientId + "/" + rule.code;
    }

    public static Alert open(String patientId, AlertRule rule) {
        return find("openKey", openKey(patientId, rule)).firstResult();
    }

    public static List<Alert> openOf(String patientId) {
        return list("patientId = ?1 and openKey is not null order by raisedAt", patientId);
    }

    public boolean isOpen() {
        return openKey != null;
    }

    public String status() {
        if (!isOpen()) {
            return "cleared";
        }
        return acknowledgedAt != null ? "acknowledged" : "open";
    }
}
