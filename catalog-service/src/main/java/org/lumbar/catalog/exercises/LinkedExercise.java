package org.lumbar.catalog.exercises;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.catalog.domain.ExerciseLink;

/** A link to an easier or harder exercise, read and written in the same shape. */
@Schema(name = "ExerciseLink", description = "Another exercise of the catalog that is easier (a modification or "
        + "regression) or harder (a progression), with what changes")
public record LinkedExercise(
        @NotNull @Size(max = 80) @Pattern(regexp = ExerciseInput.SLUG_PATTERN, message = "must be a slug such as pelvic-tilt")
        @Schema(description = "Slug of the linked exercise; it must exist and not be retired when the link is added",
                examples = "knee-to-chest-towel", required = true) String slug,
        @Size(max = 500) @Schema(description = "What changes compared with this exercise",
                examples = "Loop a towel behind the thigh if the shin is hard to reach.") String note) {

    static LinkedExercise of(ExerciseLink link) {
        return new LinkedExercise(link.toSlug, link.note);
    }
}
