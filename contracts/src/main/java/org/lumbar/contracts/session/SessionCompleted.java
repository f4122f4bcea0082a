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
        Instant completedAt,
        Boolean strengthWork) {

    /**
     * {@code strengthWork}: the session's program holds strengthening exercises, so it counts toward the weekly
     * movement goal's strength sessions; null on events from before it was said.
     */
    public SessionCompleted(UUID sessionId, String patientId, UUID programId, Integer programVersion,
            LocalDate plannedDate, int setsCompleted, int setsPrescribed, Instant completedAt) {
        this(sessionId, patientId, programId, programVersion, plannedDate, setsCompleted, setsPrescribed, completedAt,
                null);
    }
}
