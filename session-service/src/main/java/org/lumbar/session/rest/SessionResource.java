package org.lumbar.session.rest;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lumbar.commons.http.IdempotentRequests;
import org.lumbar.commons.security.Caller;
import org.lumbar.session.service.SessionService;

/** Every write takes an optional Idempotency-Key: a retried request is applied once and answered the same. */
@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Live exercise sessions")
public class SessionResource {

    private static final String KEY_DOC = "Client-generated id of this write; a repeat is applied once";

    private final SessionService service;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public SessionResource(SessionService service, IdempotentRequests idempotency, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Start a session")
    public Response start(@HeaderParam(IdempotentRequests.HEADER) @Parameter(description = KEY_DOC) String key,
            @Valid StartSessionRequest request) {
        return idempotency.apply(caller.id(), key, new Fingerprint("start", null, request), () -> {
            SessionView session = service.start(request);
            return Response.created(URI.create("/sessions/" + session.id())).entity(session).build();
        });
    }

    @POST
    @Path("{id}/sets")
    @Operation(summary = "Record a completed set")
    public Response addSet(@PathParam("id") UUID id,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = KEY_DOC) String key,
            @Valid @NotNull SetRequest request) {
        return idempotency.apply(caller.id(), key, new Fingerprint("set", id, request),
                () -> Response.status(Response.Status.CREATED).entity(service.addSet(id, request)).build());
    }

    @POST
    @Path("{id}/pain")
    @Operation(summary = "Report pain", description = "The answer carries safety guidance: continue, modify (with the easier variant) or stop and see a clinician.")
    public Response reportPain(@PathParam("id") UUID id,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = KEY_DOC) String key,
            @Valid @NotNull PainRequest request) {
        return idempotency.apply(caller.id(), key, new Fingerprint("pain", id, request),
                () -> Response.status(Response.Status.CREATED).entity(service.reportPain(id, request)).build());
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "Complete the session")
    public Response complete(@PathParam("id") UUID id,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = KEY_DOC) String key) {
        return idempotency.apply(caller.id(), key, new Fingerprint("complete", id, null),
                () -> Response.ok(service.complete(id)).build());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A session with its sets and pain reports")
    public SessionView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    /** What makes two writes "the same request" for the Idempotency-Key check. */
    record Fingerprint(String operation, UUID session, Object body) {
    }
}
