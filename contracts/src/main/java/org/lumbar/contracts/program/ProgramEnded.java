package org.lumbar.contracts.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A program was ended; no sessions are expected after {@code endDate}. */
public record ProgramEnded(
        UUID programId,
        int version,
        String patientId,
        String clinicId,
        LocalDate endDate,
        Instant endedAt) {
}
