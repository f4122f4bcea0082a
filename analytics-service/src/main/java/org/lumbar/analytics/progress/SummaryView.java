package org.lumbar.analytics.progress;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.clinical.measures.PainTrend;

@Schema(name = "Summary", description = "Where a patient stands: this week and the last, the last 28 days, streaks, pain "
        + "against the baseline and the expected course, best sets per exercise, open alerts")
public record SummaryView(
        String patientId,
        String clinicId,
        @Schema(description = "Today in the patient's time zone") LocalDate today,
        String timeZone,
        AdherenceSeriesView.Point currentWeek,
        AdherenceSeriesView.Point lastWeek,
        Window last28Days,
        StreaksView streaks,
        Pain pain,
        CourseView course,
        List<ExerciseBest> exercises,
        @Schema(description = "Alerts of the patient not cleared yet") int openAlerts,
        @Schema(description = "Day of the latest completed session") LocalDate lastSessionOn) {

    @Schema(name = "AdherenceWindow", description = "Sessions expected and completed over the 28 full days before today")
    public record Window(LocalDate from, LocalDate to, int scheduled, int completed, Double adherence, boolean lowAdherence) {
    }

    @Schema(name = "PainSummary")
    public record Pain(String headline, PainTrend before, PainTrend after) {
    }

    @Schema(name = "ExerciseBest", description = "One exercise: its latest week and the best set ever")
    public record ExerciseBest(String exercise, String latestWeek, int setsLatestWeek, Integer bestReps,
            Integer bestHoldSeconds) {
    }
}
