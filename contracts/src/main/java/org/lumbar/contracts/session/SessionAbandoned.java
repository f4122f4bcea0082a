package org.lumbar.contracts.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A session ended without being completed: the patient gave up, or it sat idle too long ({@code reason}). */
public record SessionAbandoned(
        UUID sessionId,
        String patientId,
        UUID programId,
        Integer programVersion,
        LocalDate plannedDate,
        int setsCompleted,
        int setsPrescribed,
        String reason,
        Instant abandonedAt) {
}
