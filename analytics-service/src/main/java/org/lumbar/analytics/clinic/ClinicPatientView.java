package org.lumbar.analytics.clinic;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClinicPatient", description = "One patient of a clinic at a glance")
public record ClinicPatientView(
        String patientId,
        @Schema(description = "Sessions expected over the 28 full days before today") int scheduled28Days,
        @Schema(description = "Counted sessions over the same days") int completed28Days,
        @Schema(description = "completed / scheduled over the 28 days; null when nothing was expected") Double adherence,
        @Schema(description = "Adherence under 70%") boolean lowAdherence,
        @Schema(description = "Latest week's mean pain minus the baseline week's (headline series)") Double painChange,
        @Schema(description = "The same change as a share of the baseline") Double painRelativeChange,
        @Schema(description = "Drop of at least 2 points or 30% from the baseline") boolean meaningfulImprovement,
        @Schema(description = "before or after: the pain series the change is taken from") String painSeries,
        @Schema(description = "Alerts not cleared yet") int openAlerts,
        @Schema(description = "The most urgent open alert: critical, high or low") String highestOpenSeverity,
        LocalDate lastSessionOn) {
}
