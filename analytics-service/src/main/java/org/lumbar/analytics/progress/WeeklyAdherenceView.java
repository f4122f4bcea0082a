package org.lumbar.analytics.progress;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.analytics.definitions.WeekFigures;
import org.lumbar.clinical.schedule.MovementGoal;

@Schema(name = "WeeklyAdherence", description = "One ISO week of a patient: sessions done against the schedule, the dose, "
        + "the non-consecutive-days rule and mean pain")
public record WeeklyAdherenceView(
        String patientId,
        @Schema(examples = "2026-W47") String week,
        @Schema(description = "The Monday of the week") LocalDate weekStart,
        @Schema(description = "True while the week has not ended in the patient's calendar; such a week is not judged low") boolean inProgress,
        @Schema(description = "Sessions the patient's programs expected this week") int scheduled,
        @Schema(description = "Sessions completed with at least 80% of their prescribed sets") int completed,
        @Schema(description = "completed / scheduled (at most 1); null when nothing was scheduled", examples = "0.5") Double adherence,
        @Schema(description = "Sessions expected from Monday up to today (the whole week once it has ended)") int scheduledSoFar,
        @Schema(description = "completed / scheduledSoFar (at most 1): how the week in progress is going") Double adherenceSoFar,
        @Schema(description = "True when a finished week's adherence is under 70%") boolean lowAdherence,
        @Schema(description = "Sessions abandoned this week") int abandoned,
        @Schema(description = "Sets done / sets prescribed over every session of the week that ended (completed or abandoned)") Double doseAdherence,
        @Schema(description = "Whether no two days in a row had sessions; null when no schedule asks for non-consecutive days") Boolean nonConsecutiveKept,
        @Schema(description = "Mean pain (0-10) reported before sessions") Double painBefore,
        @Schema(description = "Mean pain (0-10) reported after sessions") Double painAfter,
        @Schema(description = "The weekly movement goal beside the exercises (rule schedule.weekly-movement-goal)")
        Movement movement) {

    @Schema(name = "WeeklyMovement")
    public record Movement(
            @Schema(description = "Minutes of walks and other aerobic activity recorded") int aerobicMinutes,
            int aerobicGoalMinutes,
            @Schema(description = "Completed sessions with strengthening work") int strengthSessions,
            int strengthGoalSessions,
            boolean met) {

        static Movement of(MovementGoal goal) {
            return new Movement(goal.aerobicMinutes(), MovementGoal.AEROBIC_MINUTES, goal.strengthSessions(),
                    MovementGoal.STRENGTH_SESSIONS, goal.met());
        }
    }

    public static WeeklyAdherenceView of(String patientId, WeekFigures w) {
        return new WeeklyAdherenceView(patientId, w.week(), w.weekStart(), w.inProgress(), w.scheduled(), w.completed(),
                w.adherence(), w.scheduledSoFar(), w.adherenceSoFar(), w.lowAdherence(), w.abandoned(), w.doseAdherence(), w.nonConsecutiveKept(), w.painBefore(),
                w.painAfter(), Movement.of(w.movement()));
    }
}
