package org.lumbar.contracts.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A 0–10 pain score, before, during or after a session, optionally tied to an exercise.
 * {@code location} is back, buttock or leg, {@code side} left, right or both; {@code redFlags} are the warning signs
 * the patient ticked (numbness-tingling, after-fall, severe-not-improving, bladder-bowel, fever); {@code ruleId} is
 * the clinical rule book's rule that answered the report (null on events from before the rule book), which tells
 * consumers what the report means for the program and for alerts; {@code guidance} is its action and {@code alert}
 * is true when the rule raises an alert.
 */
public record PainReported(
        UUID sessionId,
        String patientId,
        String exercise,
        int score,
        String timing,
        String quality,
        String location,
        String side,
        List<String> redFlags,
        String ruleId,
        String guidance,
        boolean alert,
        Instant occurredAt) {
}
