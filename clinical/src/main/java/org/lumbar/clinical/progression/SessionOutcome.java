package org.lumbar.clinical.progression;

/**
 * How one exercise went in one completed session.
 *
 * @param fullDose      every prescribed set, repetition and hold was done
 * @param maxPainDuring the highest pain score (0-10) reported during the exercise
 * @param warningPain   sharp, stabbing or radiating pain was reported during the exercise
 */
public record SessionOutcome(boolean fullDose, int maxPainDuring, boolean warningPain) {

    public SessionOutcome {
        if (maxPainDuring < 0 || maxPainDuring > 10) {
            throw new IllegalArgumentException("pain " + maxPainDuring);
        }
    }
}
