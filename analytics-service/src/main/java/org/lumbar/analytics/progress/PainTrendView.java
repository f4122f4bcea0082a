package org.lumbar.analytics.progress;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.clinical.measures.PainTrend;

@Schema(name = "PainTrend", description = "Weekly mean pain before and after sessions, with the change from the baseline "
        + "week, the slope of the last 4 weeks and the expected course beside it")
public record PainTrendView(
        String patientId,
        String from,
        String to,
        @Schema(description = "The series the course is judged by: before (standing pain), or after when nothing was "
                + "reported before sessions; null without any score", enumeration = { "before", "after" }) String headline,
        PainTrend before,
        PainTrend after,
        List<Point> weeks,
        CourseView course) {

    @Schema(name = "PainWeek")
    public record Point(
            String week,
            LocalDate weekStart,
            Integer programWeek,
            @Schema(description = "Phase of the seeds' expected course this program week is in") String expectedPhase,
            Double painBefore,
            int reportsBefore,
            Double painAfter,
            int reportsAfter) {
    }
}
