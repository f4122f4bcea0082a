package org.lumbar.program.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lumbar.commons.http.IdempotentRequests;
import org.lumbar.commons.http.Page;
import org.lumbar.commons.security.Caller;
import org.lumbar.program.service.ProgramService;

@Path("/programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programs", description = "Personal programs")
public class ProgramResource {

    private final ProgramService service;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public ProgramResource(ProgramService service, IdempotentRequests idempotency, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Create a program from a template", description = "For the calling patient, or for patientId when a clinician calls.")
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull CreateProgramRequest request) {
        return idempotency.apply(caller.id(), idempotencyKey, request, () -> {
            ProgramView program = service.create(request);
            return Response.created(URI.create("/programs/" + program.id())).entity(program).build();
        });
    }

    @GET
    @Operation(summary = "The caller's programs, newest first")
    public Page<ProgramView> mine() {
        var programs = service.mine();
        return new Page<>(programs, programs.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One program in its current version")
    public ProgramView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
