package org.lumbar.session.recording;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.commons.http.ApiField;

import com.fasterxml.jackson.annotation.JsonIgnore;

@Schema(name = "CompletedSet", description = "One set done: reps, a hold, or both")
public record SetRequest(
        @Schema(description = "Client-generated id; a set sent twice with the same id is recorded once") UUID id,
        @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be an exercise slug")
        @Schema(examples = "pelvic-tilt", required = true) String exercise,
        @NotNull @Min(1) @Max(50) @Schema(examples = "1", required = true) Integer setNumber,
        @Pattern(regexp = "left|right|both", message = "must be left, right or both") String side,
        @Min(1) @Max(200) @Schema(examples = "12") Integer reps,
        @Min(1) @Max(600) Integer holdSeconds,
        @Min(0) @Max(10) @Schema(description = "Perceived effort 0-10") Integer effort,
        @Schema(description = "When it was done; now when left out") Instant occurredAt) {

    @JsonIgnore
    @AssertTrue(message = "give reps, holdSeconds or both")
    @ApiField("reps")
    public boolean isAmountGiven() {
        return reps != null || holdSeconds != null;
    }
}
