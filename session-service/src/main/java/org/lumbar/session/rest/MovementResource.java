package org.lumbar.session.rest;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.http.QueryValues;
import org.lumbar.commons.security.Roles;
import org.lumbar.session.movement.MovementLog;
import org.lumbar.session.movement.MovementRequest;
import org.lumbar.session.movement.MovementView;

@Path("/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PATIENT)
@Tag(name = "Movement", description = "Walks and other aerobic activity toward the weekly movement goal")
public class MovementResource {

    private final MovementLog log;

    public MovementResource(MovementLog log) {
        this.log = log;
    }

    @POST
    @Operation(summary = "Record a walk or other aerobic activity", description = "201 when new, 200 when a record "
            + "with this id was already stored.")
    @APIResponse(responseCode = "200", description = "A record with this id was already stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementView.class)))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementView.class)))
    public Response record(@Valid @NotNull MovementRequest request) {
        MovementLog.Recorded recorded = log.record(request);
        return Response.status(recorded.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(URI.create("/activities/" + recorded.movement().id())).entity(recorded.movement()).build();
    }

    @GET
    @Operation(summary = "The calling patient's recorded activity, the last 7 days by default")
    public java.util.List<MovementView> mine(
            @QueryParam("from") @Parameter(description = "From this instant", example = "2026-11-30T00:00:00Z") String from,
            @QueryParam("to") @Parameter(description = "Before this instant; now by default") String to) {
        Instant now = Instant.now();
        Instant givenTo = QueryValues.instant("to", to);
        Instant end = within("to", givenTo == null ? now.plusSeconds(1) : givenTo, now);
        Instant givenFrom = QueryValues.instant("from", from);
        Instant start = within("from", givenFrom == null ? end.minus(Duration.ofDays(7)) : givenFrom, now);
        if (start.isAfter(end)) {
            throw ProblemException.badRequest("from", "must not be after to");
        }
        return log.mine(start, end);
    }

    /** Records are kept for a year back at most, and none is dated more than a day ahead. */
    private static Instant within(String field, Instant value, Instant now) {
        if (value.isBefore(now.minus(Duration.ofDays(366))) || value.isAfter(now.plus(Duration.ofDays(1)))) {
            throw ProblemException.badRequest(field, "must lie between a year ago and tomorrow");
        }
        return value;
    }
}
