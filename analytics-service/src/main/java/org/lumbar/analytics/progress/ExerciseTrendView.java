package org.lumbar.analytics.progress;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExerciseTrend", description = "Best set of one exercise per week: the most reps and the longest hold")
public record ExerciseTrendView(
        String patientId,
        String exercise,
        String from,
        String to,
        List<Point> weeks,
        @Schema(description = "The most reps in any week so far; null when never recorded") Integer bestReps,
        @Schema(description = "The longest hold in any week so far; null when never held") Integer bestHoldSeconds,
        @Schema(description = "Longest hold of the latest week with one minus that of the first week with one") Integer holdChange,
        @Schema(description = "Most reps of the latest week with reps minus that of the first week with reps") Integer repsChange) {

    @Schema(name = "ExerciseWeek")
    public record Point(String week, LocalDate weekStart, int setsDone, Integer bestReps, Integer bestHoldSeconds) {
    }
}
