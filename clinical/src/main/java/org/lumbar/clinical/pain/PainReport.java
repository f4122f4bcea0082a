package org.lumbar.clinical.pain;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * A report from the API's codes. Codes the rule book does not know are read as "not given", and a missing
     * timing as during: an event from an older or newer producer is still read, on the safe side.
     */
    public static PainReport fromCodes(int score, String timing, String quality, String location,
            Collection<String> redFlags, String exercise, boolean flareUp) {
        return new PainReport(score, Timing.ofCode(timing).orElse(Timing.DURING),
                Quality.ofCode(quality).orElse(null), region(location),
                redFlags == null ? Set.of()
                        : redFlags.stream().map(RedFlag::ofCode).flatMap(Optional::stream).collect(Collectors.toSet()),
                exercise, flareUp);
    }

    /** A region code; on events from before the codes, free text that names the leg is the leg. */
    private static BodyRegion region(String location) {
        return BodyRegion.ofCode(location).orElseGet(() -> location != null
                && location.toLowerCase(java.util.Locale.ROOT).contains("leg") ? BodyRegion.LEG : null);
    }

    public boolean duringExercise() {
        return timing == Timing.DURING && exercise != null;
    }
}
