package org.lumbar.contracts.progress;

import java.time.Instant;
import java.util.UUID;

/** The condition behind an alert has ended; {@code alertId} is the id the alert was raised with. */
public record AlertCleared(
        UUID alertId,
        String patientId,
        String clinicId,
        String rule,
        String severity,
        String reason,
        Instant raisedAt,
        Instant clearedAt) {
}
