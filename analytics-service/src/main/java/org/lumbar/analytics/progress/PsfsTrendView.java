package org.lumbar.analytics.progress;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PsfsTrend", description = "The Patient-Specific Functional Scale over the weeks: 0-10, higher is better")
public record PsfsTrendView(
        String patientId,
        @Schema(description = "The FHIR Questionnaire the responses answer") String questionnaire,
        @Schema(description = "The latest response of each week, oldest first") List<Week> weeks,
        @Schema(description = "The first week's score") Double baseline,
        @Schema(description = "The latest week's score") Double latest,
        @Schema(description = "latest - baseline") Double change,
        @Schema(description = "The minimal clinically important difference on the mean (rule psfs.mcid)") double mcid,
        @Schema(description = "change reaches the MCID") boolean meaningfulImprovement) {

    @Schema(name = "PsfsWeek")
    public record Week(String week, double score, Instant authored, List<Rated> activities) {
    }

    @Schema(name = "PsfsActivity")
    public record Rated(String name, int rating) {
    }
}
