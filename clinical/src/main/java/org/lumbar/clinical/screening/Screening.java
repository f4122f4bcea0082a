package org.lumbar.clinical.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lumbar.clinical.pain.RedFlag;

/**
 * The answers to the screening questions.
 *
 * @param redFlags the warning signs the patient has now
 * @param chronicOrSevere pain for more than three months, or severe pain
 * @param recentFallOrSurgery the pain began with a fall or other single event, or the back was operated on lately
 */
public record Screening(Set<RedFlag> redFlags, boolean chronicOrSevere, boolean recentFallOrSurgery) {

    public Screening {
        redFlags = redFlags == null ? Set.of() : Set.copyOf(redFlags);
    }

    /** @return the rules the answers trip, in question order; empty when a program may start at once */
    public List<ScreeningRule> reasonsForReview() {
        List<ScreeningRule> reasons = new ArrayList<>();
        if (!redFlags.isEmpty()) {
            reasons.add(ScreeningRule.RED_FLAGS);
        }
        if (chronicOrSevere) {
            reasons.add(ScreeningRule.CHRONIC_OR_SEVERE);
        }
        if (recentFallOrSurgery) {
            reasons.add(ScreeningRule.RECENT_FALL_OR_SURGERY);
        }
        return reasons;
    }

    public boolean needsReview() {
        return !reasonsForReview().isEmpty();
    }
}
