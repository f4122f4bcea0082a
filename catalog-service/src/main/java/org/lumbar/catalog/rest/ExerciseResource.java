package org.lumbar.catalog.rest;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lumbar.catalog.domain.Exercise;
import org.lumbar.catalog.exercises.ExerciseService;
import org.lumbar.catalog.exercises.Progressions;
import org.lumbar.commons.http.QueryValues;
import org.lumbar.commons.http.Page;
import org.lumbar.commons.http.Problem;
import org.lumbar.commons.security.Roles;
import org.lumbar.catalog.exercises.ExerciseInput;
import org.lumbar.catalog.exercises.ExercisePage;
import org.lumbar.catalog.exercises.ExerciseView;

@Path("/exercises")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exercises", description = "The exercise catalog: reads need no token, changes need the admin role")
public class ExerciseResource {

    private static final String PROBLEM = Problem.MEDIA_TYPE;

    private final ExerciseService service;

    public ExerciseResource(ExerciseService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "Search the catalog", description = "Filters combine with AND; answers one page and the total "
            + "number of matches. Retired exercises are left out unless includeRetired=true. An unknown filter value, "
            + "sort or parameter is a 400 naming the parameter and listing what is allowed.")
    @APIResponse(responseCode = "200", description = "One page of matches and the total")
    @APIResponse(responseCode = "400", description = "A parameter or its value is not allowed", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ExercisePage search(@BeanParam SearchParameters parameters, @Context UriInfo uri) {
        Page<Exercise> found = service.search(parameters.toQuery(uri.getQueryParameters()));
        return new ExercisePage(found.items().stream().map(ExerciseView::of).toList(), found.total());
    }

    @GET
    @PermitAll
    @SecurityRequirements
    @Path("{slug}")
    @Operation(summary = "One exercise, retired ones included", description = "Carries an ETag; If-None-Match with it "
            + "answers 304 while the exercise is unchanged.")
    @APIResponse(responseCode = "200", description = "The exercise", headers = @Header(name = "ETag",
            description = "\"<slug>-<version>\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExerciseView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such exercise", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("slug") @Parameter(example = "pelvic-tilt") String slug, @Context Request request) {
        ExerciseView exercise = ExerciseView.of(service.get(slug));
        EntityTag tag = ExerciseTags.of(exercise);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(exercise).tag(tag).build();
    }

    @GET
    @PermitAll
    @SecurityRequirements
    @Path("{slug}/progressions")
    @Operation(summary = "The easier and harder chains of an exercise", description = "Follows the links transitively; "
            + "each step says how many links away it is.")
    @APIResponse(responseCode = "200", description = "Both chains, nearest first")
    @APIResponse(responseCode = "404", description = "No such exercise", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Progressions progressions(@PathParam("slug") @Parameter(example = "bird-dog") String slug) {
        return service.progressions(slug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add an exercise", description = "Admins only. Stored at version 1 and published on "
            + "catalog.exercises in the same transaction.")
    @APIResponse(responseCode = "201", description = "Created at version 1",
            headers = { @Header(name = "Location", description = "/exercises/<slug>", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "\"<slug>-1\"", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExerciseView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; nothing is stored",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The slug is taken", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A link names an unknown or retired exercise, or would make an "
            + "exercise harder than itself; nothing is stored", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull ExerciseInput exercise) {
        ExerciseView created = ExerciseView.of(service.create(exercise));
        return Response.created(URI.create("/exercises/" + created.slug())).tag(ExerciseTags.of(created))
                .entity(created).build();
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace the content of an exercise", description = "Admins only. The change must be based on "
            + "the current version: send If-Match with the ETag of your read, or the body's version. Bumps the "
            + "version and publishes the exercise on catalog.exercises. \"retired\": false brings back a retired exercise.")
    @APIResponse(responseCode = "200", description = "The exercise as it is now", headers = @Header(name = "ETag",
            description = "The new ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExerciseView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; nothing is stored",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such exercise", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The exercise changed since the version given",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The slug differs from the path, or a link names an unknown or "
            + "retired exercise or would make an exercise harder than itself", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "Neither If-Match nor version was given",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response replace(@PathParam("slug") @Parameter(example = "pelvic-tilt") String slug,
            @HeaderParam(ExerciseTags.IF_MATCH) @Parameter(description = "The ETag of the version the change is based on",
                    example = "\"pelvic-tilt-1\"") String ifMatch,
            @Valid @NotNull ExerciseInput exercise) {
        ExerciseView replaced = ExerciseView.of(
                service.update(slug, ExerciseTags.required(slug, ifMatch, exercise.version()), exercise));
        return Response.ok(replaced).tag(ExerciseTags.of(replaced)).build();
    }

    @POST
    @Path("{slug}/retire")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Retire an exercise", description = "Admins only, with If-Match or version like a replace. The "
            + "exercise leaves search but stays readable by slug, and is published as retired. Retiring a retired "
            + "exercise changes nothing.")
    @APIResponse(responseCode = "200", description = "The retired exercise", headers = @Header(name = "ETag",
            description = "The new ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExerciseView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such exercise", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The exercise changed since the version given",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "Neither If-Match nor version was given",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response retire(@PathParam("slug") @Parameter(example = "pelvic-tilt") String slug,
            @HeaderParam(ExerciseTags.IF_MATCH) @Parameter(description = "The ETag of the version you read",
                    example = "\"pelvic-tilt-1\"") String ifMatch,
            @QueryParam("version") @Parameter(description = "The version you read, instead of If-Match", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String version) {
        Integer basedOn = QueryValues.wholeNumber("version", version, 1, Integer.MAX_VALUE);
        ExerciseView retired = ExerciseView.of(
                service.retire(slug, ExerciseTags.required(slug, ifMatch, basedOn == null ? null : basedOn.longValue())));
        return Response.ok(retired).tag(ExerciseTags.of(retired)).build();
    }
}
