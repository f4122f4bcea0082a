package org.lumbar.catalog.exercises;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.UniqueElements;
import org.lumbar.catalog.domain.Vocabulary.Term;

/**
 * An exercise as an admin writes it (create or replace). It has the fields of {@link ExerciseView}, so the answer
 * of a read can be edited and sent back; {@code version} and {@code retired} are optional there.
 */
@Schema(name = "ExerciseInput", description = "An exercise to create (POST) or the full new content of one (PUT).")
public record ExerciseInput(
        @Size(max = 80) @Pattern(regexp = SLUG_PATTERN, message = "must be lower-case letters and digits in words joined by single hyphens, such as pelvic-tilt")
        @Schema(description = "Stable identifier, at most 80 characters; required on create, and on replace it must "
                + "equal the slug in the path when given", pattern = SLUG_PATTERN, maxLength = 80, examples = "wall-sit") String slug,
        @NotBlank @Size(max = 120) @Schema(description = "Display name", examples = "Wall Sit", required = true) String name,
        @Size(max = 20) @UniqueElements @Schema(description = "Other names the exercise goes by, at most 20",
                examples = "[\"Wall Squat\"]") List<@NotBlank @Size(max = 120) String> aliases,
        @NotNull @InVocabulary(Term.CATEGORY) @Schema(description = "Kind of exercise", enumeration = { "mobility",
                "core-stability", "functional-strength", "stretch", "breathing", "self-massage" },
                examples = "functional-strength", required = true) String category,
        @NotNull @InVocabulary(Term.POSITION) @Schema(description = "Body position", enumeration = { "supine", "prone",
                "quadruped", "side-lying", "kneeling", "seated", "standing" }, examples = "standing", required = true) String position,
        @NotEmpty @UniqueElements @Schema(description = "What is needed, each once: " + EQUIPMENT,
                examples = "[\"none\"]", required = true) List<@NotNull @InVocabulary(Term.EQUIPMENT) String> equipment,
        @NotNull @Min(1) @Max(3) @Schema(description = "Difficulty from 1 (gentlest) to 3", examples = "2", required = true) Integer level,
        @NotNull @Schema(description = "Suitable on flare-up days", examples = "false", required = true) Boolean flareUpSafe,
        @NotBlank @Size(max = 2000) @Schema(description = "What the exercise is for",
                examples = "Builds leg and trunk endurance with the back supported by a wall.", required = true) String purpose,
        @NotBlank @Size(max = 2000) @Schema(description = "How to get into the start position",
                examples = "Stand with your back against a wall, feet a step away from it.", required = true) String setup,
        @NotEmpty @Size(max = 30) @Schema(description = "How to do one repetition, in order; at least one",
                examples = "[\"Slide down the wall until the knees are bent to about 45 degrees.\", \"Hold, then slide back up.\"]",
                required = true) List<@NotBlank @Size(max = 1000) String> steps,
        @Size(max = 30) @Schema(description = "What to pay attention to while moving",
                examples = "[\"Keep the whole back against the wall.\"]") List<@NotBlank @Size(max = 1000) String> formCues,
        @Size(max = 30) @Schema(description = "Frequent errors to avoid",
                examples = "[\"Letting the knees drift in front of the toes.\"]") List<@NotBlank @Size(max = 1000) String> commonMistakes,
        @NotNull @Valid @Schema(description = "Default dose", examples = "{\"sets\": {\"min\": 2, \"max\": 3}, \"holdSeconds\": {\"min\": 20, \"max\": 40}, \"perSide\": false}",
                required = true) DefaultDose defaultDose,
        @Size(max = 1000) @Schema(description = "When to breathe in and out", examples = "Breathe steadily; never hold your breath.") String breathingCue,
        @NotEmpty @UniqueElements @Schema(description = "Body areas the exercise works or stretches, each once: " + TARGET_AREAS,
                examples = "[\"quadriceps\", \"glutes\"]", required = true) List<@NotNull @InVocabulary(Term.TARGET_AREA) String> targetAreas,
        @NotEmpty @Size(max = 30) @Schema(description = "Signs to stop the exercise, and what to do then; at least one",
                examples = "[\"Sharp, stabbing or shooting pain at any point: end the exercise right away.\"]",
                required = true) List<@NotBlank @Size(max = 1000) String> stopSigns,
        @Size(max = 20) @Schema(description = "Easier variants (modifications, regressions); each must exist, and "
                + "no exercise may end up harder than itself", examples = "[{\"slug\": \"bodyweight-squat\", \"note\": \"No hold at the bottom.\"}]")
                List<@NotNull @Valid LinkedExercise> easier,
        @Size(max = 20) @Schema(description = "Harder variants (progressions); each must exist, and no exercise may "
                + "end up harder than itself", examples = "[]") List<@NotNull @Valid LinkedExercise> harder,
        @Size(max = 10) @UniqueElements @Schema(description = "Seed articles or other sources the exercise draws on",
                examples = "[\"000_1240bdc056074f32.txt\"]") List<@NotBlank @Size(max = 120) String> sources,
        @Schema(description = "On replace: true retires the exercise, false brings a retired one back; left out, it "
                + "stays as it is. A new exercise cannot start retired.", examples = "false") Boolean retired,
        @Min(1) @Schema(description = "On replace, the version the change is based on (instead of an If-Match header); "
                + "a stale one is refused with 412. Ignored on create.", examples = "1") Long version) {

    public static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String EQUIPMENT = "none, mat, towel, foam-roller, pillow";
    static final String TARGET_AREAS = "lower-back, deep-core, abdominals, obliques, glutes, hamstrings, hip-flexors, "
            + "quadriceps, piriformis, thoracic-spine, shoulders";

    /** Lists that were left out are empty. */
    public ExerciseInput {
        aliases = orEmpty(aliases);
        formCues = orEmpty(formCues);
        commonMistakes = orEmpty(commonMistakes);
        easier = orEmpty(easier);
        harder = orEmpty(harder);
        sources = orEmpty(sources);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
