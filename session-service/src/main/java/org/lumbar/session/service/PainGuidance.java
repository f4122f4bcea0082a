package org.lumbar.session.service;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The safety rules of the seeds, applied to one pain report. Sharp, stabbing or radiating pain means stop that
 * exercise and try its easier variant; the same on a second exercise of the session, or any red flag
 * (numbness or tingling, pain after a fall, severe pain that is not improving, bladder or bowel trouble,
 * fever), means stop and contact a clinician, and raises an alert.
 */
public final class PainGuidance {

    public static final Set<String> WARNING_QUALITIES = Set.of("sharp", "stabbing", "radiating");
    public static final Set<String> NERVE_QUALITIES = Set.of("tingling", "numbness");
    public static final List<String> RED_FLAGS = List.of("numbness-tingling", "after-fall", "severe-not-improving",
            "bladder-bowel", "fever");
    public static final List<String> QUALITIES = List.of("ache", "soreness", "sharp", "stabbing", "radiating",
            "tingling", "numbness");

    public enum Action {
        CONTINUE("continue"),
        MODIFY("modify"),
        STOP_SEE_CLINICIAN("stop-see-clinician");

        public final String code;

        Action(String code) {
            this.code = code;
        }
    }

    public record Decision(Action action, boolean alert) {
    }

    private PainGuidance() {
    }

    /**
     * @param exercise the exercise the pain is about, or null for pain before or after the session
     * @param exercisesWithWarningPain exercises of this session that already had sharp, stabbing or radiating pain
     */
    public static Decision decide(String quality, Collection<String> redFlags, String exercise,
            Collection<String> exercisesWithWarningPain) {
        if (!redFlags.isEmpty() || (quality != null && NERVE_QUALITIES.contains(quality))) {
            return new Decision(Action.STOP_SEE_CLINICIAN, true);
        }
        if (quality != null && WARNING_QUALITIES.contains(quality)) {
            boolean anotherExercise = exercisesWithWarningPain.stream().anyMatch(e -> !e.equals(exercise));
            if (anotherExercise) {
                return new Decision(Action.STOP_SEE_CLINICIAN, true);
            }
            return new Decision(exercise == null ? Action.STOP_SEE_CLINICIAN : Action.MODIFY, exercise == null);
        }
        return new Decision(Action.CONTINUE, false);
    }
}
