package org.lumbar.catalog.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.catalog.domain.Exercise;
import org.lumbar.catalog.domain.ExerciseLink;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An exercise as the API shows it. */
@Schema(name = "Exercise", description = "One exercise of the catalog, with how to do it and its default dose.")
public record ExerciseView(
        @Schema(description = "Stable identifier", examples = "pelvic-tilt") String slug,
        @Schema(examples = "Pelvic tilt") String name,
        List<String> aliases,
        @Schema(description = "mobility, core-stability, functional-strength, stretch, breathing or self-massage") String category,
        @Schema(description = "Body position: supine, prone, quadruped, side-lying, kneeling, seated or standing") String position,
        @Schema(description = "none, mat, towel, foam-roller or pillow") List<String> equipment,
        @Schema(description = "1 (gentlest) to 3", examples = "1") int level,
        @Schema(description = "Suitable on flare-up days") boolean flareUpSafe,
        String purpose,
        String setup,
        List<String> steps,
        List<String> formCues,
        List<String> commonMistakes,
        DoseView defaultDose,
        String breathingCue,
        List<String> targetAreas,
        List<String> stopSigns,
        @Schema(description = "Slugs of easier variants (modifications, regressions)") List<String> easier,
        @Schema(description = "Slugs of harder variants (progressions)") List<String> harder,
        @Schema(description = "Seed articles this exercise draws on") List<String> sources,
        boolean retired,
        @Schema(description = "Increases with every change; also the ETag") long version) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Dose", description = "Default dose; ranges where the sources give ranges")
    public record DoseView(Range sets, Range reps, Range holdSeconds, Range durationSeconds, boolean perSide) {
    }

    @Schema(name = "Range", description = "Inclusive range; min = max for a single figure")
    public record Range(int min, int max) {

        static Range of(Integer min, Integer max) {
            return min == null ? null : new Range(min, max == null ? min : max);
        }
    }

    public static ExerciseView of(Exercise e) {
        DoseView dose = new DoseView(new Range(e.setsMin, e.setsMax), Range.of(e.repsMin, e.repsMax),
                Range.of(e.holdSecondsMin, e.holdSecondsMax), Range.of(e.durationSecondsMin, e.durationSecondsMax),
                e.perSide);
        return new ExerciseView(e.slug, e.name, List.copyOf(e.aliases), e.category, e.bodyPosition,
                List.copyOf(e.equipment), e.level, e.flareUpSafe, e.purpose, e.setup, List.copyOf(e.steps),
                List.copyOf(e.formCues), List.copyOf(e.commonMistakes), dose, e.breathingCue,
                List.copyOf(e.targetAreas), List.copyOf(e.stopSigns), e.linked(ExerciseLink.EASIER),
                e.linked(ExerciseLink.HARDER), List.copyOf(e.sources), e.retired, e.version);
    }
}
