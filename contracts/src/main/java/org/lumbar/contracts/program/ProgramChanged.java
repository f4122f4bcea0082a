package org.lumbar.contracts.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A program has a new version: its items, schedule or status changed. Carries the whole program as it stands from
 * {@code effectiveFrom} (a date in the patient's time zone), so a consumer needs no earlier event to use it.
 */
public record ProgramChanged(
        UUID programId,
        int version,
        String patientId,
        String clinicId,
        String status,
        String timeZone,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate effectiveFrom,
        Schedule schedule,
        List<ProgramItem> items,
        String reason,
        Instant changedAt) {
}
