package org.lumbar.contracts.session;

import java.time.Instant;
import java.util.UUID;

/** One set of one exercise was done; reps or holdSeconds tells how much. */
public record SetCompleted(
        UUID sessionId,
        String patientId,
        String exercise,
        int setNumber,
        String side,
        Integer reps,
        Integer holdSeconds,
        Instant occurredAt) {
}
