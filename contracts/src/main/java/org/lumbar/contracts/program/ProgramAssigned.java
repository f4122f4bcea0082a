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
        Instant assignedAt,
        String status) {

    /** A program assigned in force at once (every program before screening could hold one for review). */
    public ProgramAssigned(UUID programId, int version, String patientId, String clinicId, String clinicianId,
            String templateId, String timeZone, LocalDate startDate, LocalDate endDate, Schedule schedule,
            List<ProgramItem> items, Instant assignedAt) {
        this(programId, version, patientId, clinicId, clinicianId, templateId, timeZone, startDate, endDate, schedule,
                items, assignedAt, "ACTIVE");
    }

    /** ACTIVE, or NEEDS_REVIEW while a clinician has to review a positive screening; events without it are ACTIVE. */
    public boolean active() {
        return status == null || "ACTIVE".equals(status);
    }
}
