package org.lumbar.analytics.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WeeklyAdherence", description = "One ISO week of a patient: sessions done against the schedule, and mean pain")
public record WeeklyAdherenceView(
        String patientId,
        @Schema(examples = "2026-W47") String week,
        @Schema(description = "Sessions the patient's programs expected this week") int scheduled,
        @Schema(description = "Sessions completed with at least 80% of their prescribed sets") int completed,
        @Schema(description = "completed / scheduled (at most 1); null when nothing was scheduled", examples = "0.5") Double adherence,
        @Schema(description = "True when adherence is under 70%") boolean lowAdherence,
        @Schema(description = "Sets done / sets prescribed over the week's completed sessions") Double doseAdherence,
        @Schema(description = "Mean pain (0-10) reported before sessions") Double painBefore,
        @Schema(description = "Mean pain (0-10) reported after sessions") Double painAfter) {
}
