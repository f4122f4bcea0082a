package org.lumbar.contracts.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A patient has a new program, in its first version. */
public record ProgramAssigned(
        UUID programId,
        int version,
        String patientId,
        String clinicId,
        String clinicianId,
        String templateId,
        String timeZone,
        LocalDate startDate,
        LocalDate endDate,
        Schedule schedule,
        List<ProgramItem> items,
        Instant assignedAt) {
}
