package org.lumbar.program.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.program.domain.Screening;

@Schema(name = "Screening")
public record ScreeningView(
        UUID id,
        List<String> redFlags,
        boolean chronicOrSevere,
        boolean recentFallOrSurgery,
        @Schema(description = "A program waits for a clinician's review while this is true") boolean needsReview,
        @Schema(description = "Ids of the screening rules the answers tripped", examples = "[\"screening.chronic-or-severe\"]")
        List<String> reasons,
        Instant answeredAt,
        Instant clearedAt) {

    public static ScreeningView of(Screening s) {
        return new ScreeningView(s.id, s.redFlagList(), s.chronicOrSevere, s.recentFallOrSurgery, s.holdsPrograms(),
                s.reasonList(), s.answeredAt, s.clearedAt);
    }
}
