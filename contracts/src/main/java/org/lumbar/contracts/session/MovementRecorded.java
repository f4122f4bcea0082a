package org.lumbar.contracts.session;

import java.time.Instant;
import java.util.UUID;

/**
 * Aerobic activity a patient recorded outside the program (a walk, a ride, a swim), toward the weekly movement goal;
 * {@code kind} is walk, cycle, swim or other.
 */
public record MovementRecorded(
        UUID movementId,
        String patientId,
        String kind,
        int minutes,
        Instant occurredAt) {
}
