package org.lumbar.catalog.exercises;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.catalog.domain.Exercise;
import org.lumbar.catalog.domain.ExerciseLink;

/** An exercise as the API shows it. Its fields are those of {@link ExerciseInput}, so a read can be edited and sent back. */
@Schema(name = "Exercise", description = "One exercise of the catalog, with how to do it and its default dose.")
public record ExerciseView(
        @Schema(description = "Stable identifier: lower-case words joined by hyphens", examples = "pelvic-tilt") String slug,
        @Schema(description = "Display name", examples = "Pelvic Tilt") String name,
        @Schema(description = "Other names the exercise goes by", examples = "[\"Pelvic Tilts\", \"Supine Pelvic Tilt\"]") List<String> aliases,
        @Schema(description = "Kind of exercise", enumeration = { "mobility", "core-stability", "functional-strength",
                "stretch", "breathing", "self-massage" }, examples = "mobility") String category,
        @Schema(description = "Body position", enumeration = { "supine", "prone", "quadruped", "side-lying", "kneeling",
                "seated", "standing" }, examples = "supine") String position,
        @Schema(description = "What is needed: " + ExerciseInput.EQUIPMENT, examples = "[\"mat\"]") List<String> equipment,
        @Schema(description = "Difficulty from 1 (gentlest) to 3", minimum = "1", maximum = "3", examples = "1") int level,
        @Schema(description = "Suitable on flare-up days", examples = "true") boolean flareUpSafe,
        @Schema(description = "What the exercise is for",
                examples = "A very small rocking motion of the pelvis that loosens a stiff lower back.") String purpose,
        @Schema(description = "How to get into the start position",
                examples = "Lie face up on a mat with knees bent and feet flat, hip-width apart.") String setup,
        @Schema(description = "How to do one repetition, in order",
                examples = "[\"As you exhale, roll the pelvis back so the lower back sinks into the mat.\", \"Hold for 3 to 5 seconds.\"]") List<String> steps,
        @Schema(description = "What to pay attention to while moving",
                examples = "[\"Treat it as a tiny rock of the pelvis rather than a lift.\"]") List<String> formCues,
        @Schema(description = "Frequent errors to avoid",
                examples = "[\"Raising the hips off the mat so the tilt turns into a bridge.\"]") List<String> commonMistakes,
        @Schema(description = "Default dose", examples = "{\"sets\": {\"min\": 1, \"max\": 1}, \"reps\": {\"min\": 10, \"max\": 12}, \"holdSeconds\": {\"min\": 3, \"max\": 5}, \"perSide\": false}") DefaultDose defaultDose,
        @Schema(description = "When to breathe in and out",
                examples = "Breathe out while the back presses down; breathe in while it returns.") String breathingCue,
        @Schema(description = "Body areas the exercise works or stretches: " + ExerciseInput.TARGET_AREAS, examples = "[\"lower-back\", \"deep-core\"]") List<String> targetAreas,
        @Schema(description = "Signs to stop the exercise, and what to do then",
                examples = "[\"Sharp, stabbing or shooting pain at any point: end the exercise right away.\"]") List<String> stopSigns,
        @Schema(description = "Easier variants (modifications, regressions), by slug",
                examples = "[{\"slug\": \"knee-to-chest-towel\", \"note\": \"Loop a towel behind the thigh.\"}]") List<LinkedExercise> easier,
        @Schema(description = "Harder variants (progressions), by slug",
                examples = "[{\"slug\": \"double-knee-to-chest\", \"note\": \"Both knees together.\"}]") List<LinkedExercise> harder,
        @Schema(description = "Seed articles the exercise draws on", examples = "[\"000_1240bdc056074f32.txt\"]") List<String> sources,
        @Schema(description = "Retired exercises are left out of search but stay readable by slug", examples = "false") boolean retired,
        @Schema(description = "Grows by one with every change; the ETag is \"<slug>-<version>\"", examples = "1") long version) {

    public static ExerciseView of(Exercise e) {
        return new ExerciseView(e.slug, e.name, List.copyOf(e.aliases), e.category, e.bodyPosition,
                List.copyOf(e.equipment), e.level, e.flareUpSafe, e.purpose, e.setup, List.copyOf(e.steps),
                List.copyOf(e.formCues), List.copyOf(e.commonMistakes), DefaultDose.of(e), e.breathingCue,
                List.copyOf(e.targetAreas), List.copyOf(e.stopSigns), links(e, ExerciseLink.EASIER),
                links(e, ExerciseLink.HARDER), List.copyOf(e.sources), e.retired, e.version);
    }

    private static List<LinkedExercise> links(Exercise e, String kind) {
        return e.links(kind).stream().map(LinkedExercise::of).toList();
    }
}
