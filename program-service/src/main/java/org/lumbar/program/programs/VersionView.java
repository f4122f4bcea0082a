package org.lumbar.program.programs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.contracts.program.ProgramItem;
import org.lumbar.contracts.program.Schedule;

@Schema(name = "ProgramVersion", description = "One immutable version of a program")
public record VersionView(
        int version,
        @Schema(description = "ACTIVE, PAUSED or ENDED") String status,
        @Schema(description = "First day it was in force, in the patient's calendar") LocalDate effectiveFrom,
        Schedule schedule,
        List<ProgramItem> items,
        String reason,
        Instant createdAt,
        String createdBy) {
}
