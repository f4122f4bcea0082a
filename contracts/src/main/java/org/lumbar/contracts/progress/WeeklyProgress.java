package org.lumbar.contracts.progress;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One finished ISO week of a patient, published once the week is over in the patient's time zone: sessions done
 * against the schedule, the dose, the non-consecutive-days rule, mean pain and its change from the baseline week.
 * Figures are null where nothing was scheduled or reported.
 */
public record WeeklyProgress(
        String patientId,
        String clinicId,
        String week,
        LocalDate weekStart,
        int scheduled,
        int completed,
        Double adherence,
        boolean lowAdherence,
        Double doseAdherence,
        Boolean nonConsecutiveKept,
        Double painBefore,
        Double painAfter,
        Double painChangeFromBaseline,
        boolean meaningfulImprovement,
        Instant generatedAt) {
}
