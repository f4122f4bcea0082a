package org.lumbar.program.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lumbar.commons.security.Roles;
import org.lumbar.program.screening.ScreeningService;
import org.lumbar.program.screening.ScreeningRequest;
import org.lumbar.program.screening.ScreeningView;

@Path("/screenings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PATIENT)
@Tag(name = "Screening", description = "The questions before a first program")
public class ScreeningResource {

    private final ScreeningService screenings;

    public ScreeningResource(ScreeningService screenings) {
        this.screenings = screenings;
    }

    @POST
    @Operation(summary = "Answer the screening questions; a yes to any holds new programs for a clinician's review")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningView.class)))
    public Response answer(@Valid @NotNull ScreeningRequest request) {
        return Response.status(Response.Status.CREATED).entity(ScreeningView.of(screenings.answer(request))).build();
    }

    @GET
    @Path("me")
    @Operation(summary = "The calling patient's latest answers")
    public ScreeningView mine() {
        return ScreeningView.of(screenings.mine());
    }
}
