package org.lumbar.catalog.exercises;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.catalog.domain.Exercise;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The default dose of an exercise, read and written in the same shape. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Dose", description = "Default dose: inclusive ranges where the seeds give ranges (min = max for a single "
        + "figure). Reps, hold and duration are left out when they do not apply or the seeds give none.")
public record DefaultDose(
        @NotNull @Valid @Schema(description = "Sets per session, 1 to 10", examples = "{\"min\": 2, \"max\": 3}", required = true) Sets sets,
        @Valid @Schema(description = "Repetitions per set (per side when perSide), 1 to 100",
                examples = "{\"min\": 10, \"max\": 12}") Reps reps,
        @Valid @Schema(description = "Seconds each repetition or position is held, 1 to 600",
                examples = "{\"min\": 20, \"max\": 45}") HoldSeconds holdSeconds,
        @Valid @Schema(description = "Seconds of continuous work per set, 1 to 3600",
                examples = "{\"min\": 60, \"max\": 120}") DurationSeconds durationSeconds,
        @NotNull @Schema(description = "The dose applies to each side (left and right) separately", examples = "false",
                required = true) Boolean perSide) {

    /** An inclusive range of a dose. */
    public interface Range {

        Integer min();

        Integer max();
    }

    @OrderedRange
    @Schema(name = "SetsRange", description = "Sets, 1 to 10; max not below min")
    public record Sets(
            @NotNull @Min(1) @Max(10) @Schema(description = "Fewest sets", examples = "2", required = true) Integer min,
            @NotNull @Min(1) @Max(10) @Schema(description = "Most sets", examples = "3", required = true) Integer max) implements Range {
    }

    @OrderedRange
    @Schema(name = "RepsRange", description = "Repetitions, 1 to 100; max not below min")
    public record Reps(
            @NotNull @Min(1) @Max(100) @Schema(description = "Fewest repetitions", examples = "10", required = true) Integer min,
            @NotNull @Min(1) @Max(100) @Schema(description = "Most repetitions", examples = "12", required = true) Integer max) implements Range {
    }

    @OrderedRange
    @Schema(name = "HoldSecondsRange", description = "Hold in seconds, 1 to 600; max not below min")
    public record HoldSeconds(
            @NotNull @Min(1) @Max(600) @Schema(description = "Shortest hold", examples = "20", required = true) Integer min,
            @NotNull @Min(1) @Max(600) @Schema(description = "Longest hold", examples = "45", required = true) Integer max) implements Range {
    }

    @OrderedRange
    @Schema(name = "DurationSecondsRange", description = "Duration in seconds, 1 to 3600; max not below min")
    public record DurationSeconds(
            @NotNull @Min(1) @Max(3600) @Schema(description = "Shortest duration", examples = "60", required = true) Integer min,
            @NotNull @Min(1) @Max(3600) @Schema(description = "Longest duration", examples = "120", required = true) Integer max) implements Range {
    }

    public static DefaultDose of(Exercise e) {
        return new DefaultDose(new Sets(e.setsMin, e.setsMax),
                e.repsMin == null ? null : new Reps(e.repsMin, e.repsMax),
                e.holdSecondsMin == null ? null : new HoldSeconds(e.holdSecondsMin, e.holdSecondsMax),
                e.durationSecondsMin == null ? null : new DurationSeconds(e.durationSecondsMin, e.durationSecondsMax),
                e.perSide);
    }
}
