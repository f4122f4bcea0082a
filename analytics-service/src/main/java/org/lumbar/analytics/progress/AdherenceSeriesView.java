package org.lumbar.analytics.progress;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.analytics.definitions.WeekFigures;

@Schema(name = "AdherenceSeries", description = "Weekly adherence from one ISO week to another, one point per week "
        + "(weeks without a schedule included), with the totals and streaks")
public record AdherenceSeriesView(
        String patientId,
        @Schema(examples = "2026-W36") String from,
        @Schema(examples = "2026-W47") String to,
        List<Point> weeks,
        Totals totals,
        StreaksView streaks) {

    @Schema(name = "AdherenceWeek")
    public record Point(
            String week,
            java.time.LocalDate weekStart,
            @Schema(description = "Week of the program, 1 = the week the first program started; null before it") Integer programWeek,
            boolean inProgress,
            int scheduled,
            int completed,
            Double adherence,
            boolean lowAdherence,
            int abandoned,
            Double doseAdherence,
            Boolean nonConsecutiveKept,
            Double painBefore,
            Double painAfter) {

        public static Point of(WeekFigures w, Integer programWeek) {
            return new Point(w.week(), w.weekStart(), programWeek, w.inProgress(), w.scheduled(), w.completed(),
                    w.adherence(), w.lowAdherence(), w.abandoned(), w.doseAdherence(), w.nonConsecutiveKept(),
                    w.painBefore(), w.painAfter());
        }
    }

    @Schema(name = "AdherenceTotals", description = "The whole range: sessions, adherence, finished weeks under 70%, dose")
    public record Totals(int scheduled, int completed, Double adherence, int lowAdherenceWeeks, Double doseAdherence) {
    }
}
