package org.lumbar.contracts.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A patient began a session, following a program version or ad hoc (no program). */
public record SessionStarted(
        UUID sessionId,
        String patientId,
        UUID programId,
        Integer programVersion,
        LocalDate plannedDate,
        Instant startedAt) {
}
