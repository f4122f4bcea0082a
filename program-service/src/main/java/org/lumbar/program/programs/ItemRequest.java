package org.lumbar.program.programs;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.commons.http.ApiField;
import org.lumbar.contracts.program.ProgramItem;

import com.fasterxml.jackson.annotation.JsonIgnore;

@Schema(name = "ProgramItemInput", description = "One exercise of a program: sets of reps, a hold, or both")
public record ItemRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be an exercise slug")
        @Schema(examples = "glute-bridge", required = true) String exercise,
        @NotNull @Min(1) @Max(10) @Schema(examples = "2", required = true) Integer sets,
        @Min(1) @Max(200) @Schema(examples = "12") Integer reps,
        @Min(1) @Max(600) @Schema(description = "Seconds each rep is held") Integer holdSeconds,
        @Schema(description = "Each side gets the dose") boolean perSide,
        @Size(max = 500) String notes,
        @Pattern(regexp = "warm-up", message = "must be warm-up, or left out for the main work")
        @Schema(description = "warm-up for the items that open a session; left out for the main work") String phase) {

    @JsonIgnore
    @AssertTrue(message = "give reps, holdSeconds or both")
    @ApiField("reps")
    public boolean isDoseGiven() {
        return reps != null || holdSeconds != null;
    }

    public ProgramItem toItem() {
        return new ProgramItem(exercise, sets, reps, holdSeconds, perSide, notes, phase);
    }
}
