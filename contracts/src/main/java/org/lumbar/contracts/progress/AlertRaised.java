package org.lumbar.contracts.progress;

import java.time.Instant;
import java.util.UUID;

/**
 * A patient needs a clinician's attention. One alert stands for one episode of a rule ({@code rule}, e.g.
 * {@code red-flag}, {@code inactive-14-days}) at a {@code severity} of critical, high or low; it is raised once and
 * cleared when the condition ends. {@code reason} is generated text, never the patient's own words.
 */
public record AlertRaised(
        UUID alertId,
        String patientId,
        String clinicId,
        String rule,
        String severity,
        String reason,
        UUID sessionId,
        Integer painScore,
        Instant raisedAt,
        String ruleId) {

    /** {@code ruleId} names the clinical rule that raised the alert (docs/clinical-rules.md): the pain rule that
     * answered the report for session alerts, the alert rule itself otherwise. */
    public AlertRaised(UUID alertId, String patientId, String clinicId, String rule, String severity, String reason,
            UUID sessionId, Integer painScore, Instant raisedAt) {
        this(alertId, patientId, clinicId, rule, severity, reason, sessionId, painScore, raisedAt, null);
    }
}
