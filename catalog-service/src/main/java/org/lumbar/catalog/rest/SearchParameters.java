package org.lumbar.catalog.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.lumbar.catalog.domain.Vocabulary;
import org.lumbar.catalog.exercises.ExerciseQuery;
import org.lumbar.catalog.exercises.ExerciseSort;
import org.lumbar.commons.http.QueryValues;
import org.lumbar.commons.http.ProblemException;

/** The query parameters of a catalog search. Filters combine with AND; a value outside its list is a 400. */
public class SearchParameters {

    static final List<String> NAMES = List.of("category", "position", "equipment", "level", "flareUpSafe", "target", "q",
            "includeRetired", "sort", "page", "size");
    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_PAGE = 100_000;
    private static final int MAX_TEXT_LENGTH = 100;

    @QueryParam("category")
    @Parameter(description = "Kind of exercise", example = "mobility", schema = @Schema(type = SchemaType.STRING,
            enumeration = { "mobility", "core-stability", "functional-strength", "stretch", "breathing", "self-massage" }))
    String category;

    @QueryParam("position")
    @Parameter(description = "Body position", example = "supine", schema = @Schema(type = SchemaType.STRING,
            enumeration = { "supine", "prone", "quadruped", "side-lying", "kneeling", "seated", "standing" }))
    String position;

    @QueryParam("equipment")
    @Parameter(description = "Exercises that use this equipment", example = "mat", schema = @Schema(type = SchemaType.STRING,
            enumeration = { "none", "mat", "towel", "foam-roller", "pillow" }))
    String equipment;

    @QueryParam("level")
    @Parameter(description = "Difficulty, 1 (gentlest) to 3", example = "1", schema = @Schema(type = SchemaType.STRING,
            enumeration = { "1", "2", "3" }))
    String level;

    @QueryParam("flareUpSafe")
    @Parameter(description = "true: only exercises suited to flare-up days; false: only the others", example = "true",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "true", "false" }))
    String flareUpSafe;

    @QueryParam("target")
    @Parameter(description = "Exercises that work this body area", example = "glutes", schema = @Schema(type = SchemaType.STRING,
            enumeration = { "lower-back", "deep-core", "abdominals", "obliques", "glutes", "hamstrings", "hip-flexors",
                    "quadriceps", "piriformis", "thoracic-spine", "shoulders" }))
    String target;

    @QueryParam("q")
    @Parameter(description = "Words that must all appear (case-insensitive, anywhere in a word) in the name, an alias "
            + "or the purpose; at most 100 characters", example = "knee chest", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    String q;

    @QueryParam("includeRetired")
    @Parameter(description = "true: retired exercises are searched too (they are left out by default)", example = "false",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "true", "false" }, defaultValue = "false"))
    String includeRetired;

    @QueryParam("sort")
    @Parameter(description = "Order of the results; - for descending. level sorts by level, then name; name and slug "
            + "sort alphabetically (name ignoring case). Ties are broken by slug.", example = "-level",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "level", "-level", "name", "-name", "slug", "-slug" },
                    defaultValue = "level"))
    String sort;

    @QueryParam("page")
    @Parameter(description = "Page number, from 0 to 100000", example = "0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
            maximum = "100000", defaultValue = "0"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Exercises per page, 1 to 100", example = "20", schema = @Schema(type = SchemaType.INTEGER,
            minimum = "1", maximum = "100", defaultValue = "20"))
    String size;

    /**
     * @param given every query parameter of the request: unknown names (a misspelled filter, say) and repeated ones are
     *        refused rather than ignored, so a search never silently answers something else than was asked
     */
    ExerciseQuery toQuery(Map<String, List<String>> given) {
        for (var parameter : given.entrySet()) {
            if (!NAMES.contains(parameter.getKey())) {
                throw ProblemException.badRequest(parameter.getKey(), "is not a search parameter; use "
                        + String.join(", ", NAMES));
            }
            if (parameter.getValue().size() > 1) {
                throw ProblemException.badRequest(parameter.getKey(), "must be given once");
            }
        }
        if (q != null && q.length() > MAX_TEXT_LENGTH) {
            throw ProblemException.badRequest("q", "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        String sortCode = QueryValues.oneOf("sort", sort, ExerciseSort.codes());
        Integer pageNumber = QueryValues.wholeNumber("page", page, 0, MAX_PAGE);
        Integer pageSize = QueryValues.wholeNumber("size", size, 1, MAX_PAGE_SIZE);
        return new ExerciseQuery(
                QueryValues.oneOf("category", category, Vocabulary.CATEGORIES),
                QueryValues.oneOf("position", position, Vocabulary.POSITIONS),
                QueryValues.oneOf("equipment", equipment, Vocabulary.EQUIPMENT),
                level == null ? null : Integer.valueOf(QueryValues.oneOf("level", level, Vocabulary.LEVELS)),
                QueryValues.trueOrFalse("flareUpSafe", flareUpSafe),
                QueryValues.oneOf("target", target, Vocabulary.TARGET_AREAS),
                q,
                Boolean.TRUE.equals(QueryValues.trueOrFalse("includeRetired", includeRetired)),
                sortCode == null ? ExerciseSort.DEFAULT : ExerciseSort.ofCode(sortCode).orElseThrow(),
                pageNumber == null ? 0 : pageNumber,
                pageSize == null ? DEFAULT_PAGE_SIZE : pageSize);
    }
}
