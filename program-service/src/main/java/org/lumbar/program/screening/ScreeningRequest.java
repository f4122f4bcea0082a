package org.lumbar.program.screening;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScreeningAnswers", description = "The questions asked before a first program; any yes holds the "
        + "program for a clinician's review (docs/clinical-rules.md, screening.*)")
public record ScreeningRequest(
        @Size(max = 5) @Schema(description = "Warning signs now: numbness-tingling, after-fall, severe-not-improving, "
                + "bladder-bowel, fever")
        List<@NotNull @Pattern(regexp = "numbness-tingling|after-fall|severe-not-improving|bladder-bowel|fever",
                message = "must be numbness-tingling, after-fall, severe-not-improving, bladder-bowel or fever") String> redFlags,
        @NotNull @Schema(description = "Pain for more than three months, or severe pain", required = true)
        Boolean chronicOrSevere,
        @NotNull @Schema(description = "The pain began with a fall or another single event, or recent back surgery",
                required = true) Boolean recentFallOrSurgery) {
}
