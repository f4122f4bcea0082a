package org.lumbar.analytics.rest;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lumbar.analytics.rebuild.Rebuilds;
import org.lumbar.analytics.rebuild.RebuildView;

@Path("/admin/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Operations for admins")
public class AdminResource {

    private final Rebuilds rebuilds;

    public AdminResource(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @POST
    @Operation(summary = "Replay program.events and session.events from the start into fresh aggregates (202; follow "
            + "the Location)")
    @APIResponse(responseCode = "202", description = "Started; follow the Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuildView.class)))
    public Response rebuild() {
        RebuildView job = rebuilds.start();
        return Response.accepted(job).location(URI.create("/admin/rebuild/" + job.id())).build();
    }

    @GET
    @Path("{jobId}")
    @Operation(summary = "How a rebuild is going")
    public RebuildView getRebuild(@PathParam("jobId") String jobId) {
        return rebuilds.get(jobId);
    }
}
