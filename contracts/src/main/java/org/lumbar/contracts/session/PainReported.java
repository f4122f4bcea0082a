package org.lumbar.contracts.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A 0–10 pain score, before, during or after a session, optionally tied to an exercise.
 * {@code redFlags} are the warning signs the patient reported (numbness-tingling, after-fall, severe-not-improving,
 * bladder-bowel, fever); {@code alert} is true when the answer told the patient to stop and contact a clinician.
 */
public record PainReported(
        UUID sessionId,
        String patientId,
        String exercise,
        int score,
        String timing,
        String quality,
        String location,
        List<String> redFlags,
        String guidance,
        boolean alert,
        Instant occurredAt) {
}
