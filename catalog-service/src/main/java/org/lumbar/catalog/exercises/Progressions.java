package org.lumbar.catalog.exercises;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The easier and harder chains around one exercise, followed through the links of the whole catalog. */
@Schema(name = "Progressions", description = "Every exercise reachable from this one by going easier or harder, "
        + "nearest first. A link stated in either direction counts (A harder B is B easier A).")
public record Progressions(
        @Schema(description = "The exercise the chains start from", examples = "bird-dog") String slug,
        @Schema(description = "Easier exercises: modifications and regressions, then theirs", examples = "[{\"slug\": "
                + "\"bird-dog-arm-only\", \"name\": \"Bird-Dog (Arm Only)\", \"level\": 1, \"stepsAway\": 1, \"retired\": false}]") List<Step> easier,
        @Schema(description = "Harder exercises: progressions, then theirs", examples = "[{\"slug\": \"bird-dog-crunch\", "
                + "\"name\": \"Bird-Dog with Crunch\", \"level\": 3, \"stepsAway\": 1, \"retired\": false}]") List<Step> harder) {

    @Schema(name = "ProgressionStep", description = "One exercise on a chain")
    public record Step(
            @Schema(examples = "bird-dog-arm-only", description = "Slug of the exercise") String slug,
            @Schema(examples = "Bird-Dog (Arm Only)", description = "Display name") String name,
            @Schema(examples = "1", description = "Difficulty from 1 to 3") int level,
            @Schema(examples = "1", description = "How many links away from the starting exercise (1 = directly linked)") int stepsAway,
            @Schema(examples = "false", description = "Retired exercises stay on the chain so it is not cut short") boolean retired) {
    }
}
