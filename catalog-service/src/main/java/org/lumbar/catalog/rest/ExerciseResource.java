package org.lumbar.catalog.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lumbar.catalog.domain.Exercise;
import org.lumbar.catalog.domain.Vocabulary;
import org.lumbar.catalog.service.ExerciseQuery;
import org.lumbar.catalog.service.ExerciseService;
import org.lumbar.commons.http.Page;
import org.lumbar.commons.http.ProblemException;


@Path("/exercises")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exercises", description = "The exercise catalog; reads need no token")
public class ExerciseResource {

    private final ExerciseService service;

    public ExerciseResource(ExerciseService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Search the catalog", description = "Filters combine with AND; answers one page and the total.")
    public Page<ExerciseView> search(
            @QueryParam("category") @Parameter(description = "One of " + "mobility, core-stability, functional-strength, stretch, breathing, self-massage") String category,
            @QueryParam("position") String position,
            @QueryParam("equipment") String equipment,
            @QueryParam("level") String level,
            @QueryParam("flareUpSafe") @Pattern(regexp = "true|false", message = "must be true or false") String flareUpSafe,
            @QueryParam("target") String target,
            @QueryParam("q") @Parameter(description = "Words in the name, aliases or purpose") String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        ExerciseQuery query = new ExerciseQuery(
                allowed("category", category, Vocabulary.CATEGORIES),
                allowed("position", position, Vocabulary.POSITIONS),
                allowed("equipment", equipment, Vocabulary.EQUIPMENT),
                level == null ? null : Integer.valueOf(allowed("level", level, Vocabulary.LEVELS)),
                flareUpSafe == null ? null : Boolean.valueOf(flareUpSafe),
                target, q, page, size);
        Page<Exercise> found = service.search(query);
        return new Page<>(found.items().stream().map(ExerciseView::of).toList(), found.total());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One exercise, retired ones included", description = "Carries an ETag; If-None-Match answers 304.")
    public Response get(@PathParam("slug") String slug, @jakarta.ws.rs.core.Context Request request) {
        ExerciseView exercise = ExerciseView.of(service.get(slug));
        EntityTag tag = new EntityTag(slug + "-" + exercise.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(exercise).tag(tag).build();
    }

    private static String allowed(String field, String value, java.util.List<String> allowed) {
        if (value == null || allowed.contains(value)) {
            return value;
        }
        throw ProblemException.badRequest(field, "must be one of " + String.join(", ", allowed));
    }
}
