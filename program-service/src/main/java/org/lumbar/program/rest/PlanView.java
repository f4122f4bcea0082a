package org.lumbar.program.rest;

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
        List<Day> days) {

    @Schema(name = "PlannedDay")
    public record Day(LocalDate date, int sessions) {
    }
}
