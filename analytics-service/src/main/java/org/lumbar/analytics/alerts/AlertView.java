package org.lumbar.analytics.alerts;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.analytics.domain.Alert;

@Schema(name = "Alert", description = "One episode of an alert rule for a patient")
public record AlertView(
        UUID id,
        String patientId,
        String clinicId,
        @Schema(examples = "red-flag") String rule,
        @Schema(enumeration = { "critical", "high", "low" }) String severity,
        @Schema(enumeration = { "open", "acknowledged", "cleared" }) String status,
        String reason,
        @Schema(description = "The clinical rule that raised it (docs/clinical-rules.md)",
                examples = "pain.red-flag.leg") String ruleId,
        UUID sessionId,
        Integer painScore,
        Instant raisedAt,
        Instant acknowledgedAt,
        String acknowledgedBy,
        Instant clearedAt,
        String clearedReason) {

    public static AlertView of(Alert a) {
        return new AlertView(a.id, a.patientId, a.clinicId, a.rule, a.severity, a.status(), a.reason, a.ruleId, a.sessionId,
                a.painScore, a.raisedAt, a.acknowledgedAt, a.acknowledgedBy, a.clearedAt, a.clearedReason);
    }
}
