package org.lumbar.session.movement;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Movement", description = "Aerobic activity outside the program, such as a walk")
public record MovementRequest(
        @Schema(description = "Client-generated id; a record sent twice with the same id is stored once") UUID id,
        @NotNull @Pattern(regexp = "walk|cycle|swim|other", message = "must be walk, cycle, swim or other")
        @Schema(examples = "walk", required = true) String kind,
        @NotNull @Min(1) @Max(600) @Schema(examples = "30", required = true) Integer minutes,
        @Schema(description = "When it happened; now when left out") Instant occurredAt) {
}
