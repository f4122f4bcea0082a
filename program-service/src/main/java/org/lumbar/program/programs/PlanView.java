package org.lumbar.program.programs;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Plan", description = "The days sessions are planned, in the patient's calendar")
public record PlanView(
        UUID programId,
        String timeZone,
        LocalDate from,
        LocalDate to,
        @Schema(description = "Number of planned sessions") int total,
        List<Day> days,
        @Schema(description = "ACTIVE, PAUSED, NEEDS_REVIEW or ENDED: a held program plans nothing") String status,
        @Schema(description = "The clinical rule holding the program, if any") String holdRule,
        @Schema(description = "Why nothing is planned while the program is held") String holdReason) {

    /** @param slots morning and evening when the day has two sessions */
    @Schema(name = "PlannedDay")
    public record Day(LocalDate date, int sessions, List<String> slots) {
    }
}
