package org.lumbar.program.programs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.contracts.program.ProgramItem;
import org.lumbar.contracts.program.Schedule;

@Schema(name = "Program", description = "A patient's personal program in its current version")
public record ProgramView(
        UUID id,
        String patientId,
        String clinicId,
        String clinicianId,
        @Schema(examples = "gentle-relief") String templateId,
        @Schema(examples = "Europe/Amsterdam") String timeZone,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(description = "ACTIVE, PAUSED, NEEDS_REVIEW or ENDED") String status,
        @Schema(description = "The clinical rule holding the program (paused or waiting for review), if any",
                examples = "pain.red-flag.leg") String holdRule,
        @Schema(description = "Why the rule holds it, in the words the patient was given") String holdReason,
        int version,
        Schedule schedule,
        List<ProgramItem> items,
        Instant createdAt,
        Instant updatedAt) {
}
