package org.lumbar.clinical.pain;

import java.util.Set;

/**
 * One pain report as the rules read it.
 *
 * @param quality null when the patient did not say
 * @param region null when the patient did not say
 * @param exercise the exercise it is about, or null
 * @param flareUp the patient says today is a flare-up day
 */
public record PainReport(int score, Timing timing, Quality quality, BodyRegion region, Set<RedFlag> redFlags,
        String exercise, boolean flareUp) {

    public PainReport {
        redFlags = redFlags == null ? Set.of() : Set.copyOf(redFlags);
    }

    public boolean duringExercise() {
        return timing == Timing.DURING && exercise != null;
    }
}
