package org.lumbar.session.recording;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PainReport", description = "How much it hurts (0-10), when, and how it feels")
public record PainRequest(
        @Schema(description = "Client-generated id; a report sent twice with the same id is recorded once") UUID id,
        @NotNull @Min(0) @Max(10) @Schema(examples = "3", required = true) Integer score,
        @NotNull @Pattern(regexp = "before|during|after", message = "must be before, during or after")
        @Schema(examples = "before", required = true) String timing,
        @Pattern(regexp = "ache|soreness|sharp|stabbing|radiating|tingling|numbness",
                message = "must be ache, soreness, sharp, stabbing, radiating, tingling or numbness") String quality,
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be an exercise slug")
        @Schema(description = "The exercise that hurt, for pain during a session") String exercise,
        @Pattern(regexp = "back|buttock|leg", message = "must be back, buttock or leg")
        @Schema(description = "Where it hurts: back, buttock or leg (pain into the leg is a red flag)") String location,
        @Pattern(regexp = "left|right|both", message = "must be left, right or both")
        @Schema(description = "Which side, for the buttock or leg") String side,
        @Schema(description = "The patient says today is a flare-up day (pain before a session)") Boolean flareUp,
        @Size(max = 5) @Schema(description = "Red flags answered yes: numbness-tingling, after-fall, severe-not-improving, bladder-bowel, fever")
        List<@NotNull @Pattern(regexp = "numbness-tingling|after-fall|severe-not-improving|bladder-bowel|fever",
                message = "must be numbness-tingling, after-fall, severe-not-improving, bladder-bowel or fever") String> redFlags,
        @Schema(description = "When it was felt; now when left out") Instant occurredAt) {
}
