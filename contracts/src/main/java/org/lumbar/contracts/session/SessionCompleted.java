package org.lumbar.contracts.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A session was finished; {@code setsPrescribed} is what its program version asked for (0 when ad hoc). */
public record SessionCompleted(
        UUID sessionId,
        String patientId,
        UUID programId,
        Integer programVersion,
        LocalDate plannedDate,
        int setsCompleted,
        int setsPrescribed,
        Instant completedAt) {
}
