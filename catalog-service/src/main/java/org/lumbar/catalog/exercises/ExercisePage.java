package org.lumbar.catalog.exercises;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a catalog search: {@code {"items":[...],"total":N}}, the shape of commons' Page, documented. */
@Schema(name = "ExercisePage", description = "One page of search results and the number of all matches")
public record ExercisePage(
        @Schema(description = "The exercises of this page, in the requested order") List<ExerciseView> items,
        @Schema(description = "How many exercises match the filters, over all pages", examples = "39") long total) {
}
