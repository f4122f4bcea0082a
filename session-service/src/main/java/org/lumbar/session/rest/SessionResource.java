package org.lumbar.session.rest;

import java.net.URI;
import java.util.List;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.lumbar.commons.http.Page;
import org.lumbar.commons.http.QueryValues;
import org.lumbar.commons.idempotency.IdempotentRequests;
import org.lumbar.commons.idempotency.IdempotentRequests.Written;
import org.lumbar.commons.rest.Answers;
import org.lumbar.commons.security.Caller;
import org.lumbar.session.offline.OfflineUploads;
import org.lumbar.session.stream.SessionChange;
import org.lumbar.session.recording.SessionService;
import org.lumbar.session.stream.SessionStream;
import org.lumbar.session.recording.SetWrites;
import org.lumbar.session.offline.OfflineSessionRequest;
import org.lumbar.session.recording.NoteRequest;
import org.lumbar.session.recording.PainRequest;
import org.lumbar.session.recording.SessionView;
import org.lumbar.session.recording.SetRequest;
import org.lumbar.session.recording.StartSessionRequest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

/** Every write takes an optional Idempotency-Key: a retried request is applied once and answered the same. */
@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Live exercise sessions")
public class SessionResource {

    private static final String KEY_DOC = "Client-generated id of this write; a repeat is applied once";

    private final SessionService service;
    private final OfflineUploads offline;
    private final SessionStream stream;
    private final SetWrites setWrites;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public SessionResource(SessionService service, OfflineUploads offline, SessionStream stream, SetWrites setWrites,
            IdempotentRequests idempotency, Caller caller) {
        this.service = service;
        this.offline = offline;
        this.stream = stream;
        this.setWrites = setWrites;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Start a session")
    @APIResponse(responseCode = "201", description = "Started", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "404", description = "The program does not exist or is not the caller's")
    @APIResponse(responseCode = "502", description = "program-service answered with an error while looking up a program not known here yet")
    @APIResponse(responseCode = "503", description = "program-service cannot be reached to look up a program not known here yet; try again")
    public Response start(@HeaderParam(IdempotentRequests.HEADER) @Parameter(description = KEY_DOC) String key,
            @Valid StartSessionRequest request) {
        return Answers.response(idempotency.apply(caller.id(), key, new Fingerprint("start", null, request), () -> {
            SessionView session = service.start(request);
            return Written.created("/sessions/" + session.id(), session);
        }));
    }

    @POST
    @Path("offline")
    @Operation(summary = "Upload a whole session recorded offline", description = "201 when new, 200 when every entry was already recorded.")
    @APIResponse(responseCode = "200", description = "Every entry was already recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "404", description = "The program does not exist or is not the caller's")
    @APIResponse(responseCode = "502", description = "program-service answered with an error while looking up a program not known here yet")
    @APIResponse(responseCode = "503", description = "program-service cannot be reached to look up a program not known here yet; try again")
    public Response upload(@Valid @NotNull OfflineSessionRequest request) {
        OfflineUploads.Result result = offline.upload(request);
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(URI.create("/sessions/" + result.session().id())).entity(result.session()).build();
    }

    @GET
    @Operation(summary = "Sessions started between two days", description = "The caller's own; a clinician may name a patient of their clinic.")
    public Page<SessionView> list(@QueryParam("from") @Parameter(description = "First day, UTC (default: 30 days ago)") String from,
            @QueryParam("to") @Parameter(description = "Last day, UTC (default: today)") String to,
            @QueryParam("patientId") @Parameter(description = "Clinicians only") String patientId) {
        List<SessionView> found = service.list(patientId, QueryValues.date("from", from), QueryValues.date("to", to));
        return new Page<>(found, found.size());
    }

    @POST
    @Path("{id}/sets")
    @Operation(summary = "Record a completed set")
    @APIResponse(responseCode = "201", description = "Recorded (or a repeat of a recorded set, answered the same)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.SetView.class)))
    public Response addSet(@PathParam("id") UUID id,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = KEY_DOC) String key,
            @Valid @NotNull SetRequest request) {
        return Answers.response(setWrites.write(caller.id(), key, new Fingerprint("set", id, request), id, request));
    }

    @POST
    @Path("{id}/pain")
    @Operation(summary = "Report pain", description = "The answer carries safety guidance: continue, modify (with the easier variant) or stop and see a clinician.")
    @APIResponse(responseCode = "201", description = "Recorded, with safety guidance", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.PainView.class)))
    public Response reportPain(@PathParam("id") UUID id,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = KEY_DOC) String key,
            @Valid @NotNull PainRequest request) {
        return Answers.response(idempotency.apply(caller.id(), key, new Fingerprint("pain", id, request),
                () -> Written.created(null, service.reportPain(id, request))));
    }

    @POST
    @Path("{id}/notes")
    @Operation(summary = "Add a note", description = "Notes stay with the session; they are never published.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.NoteView.class)))
    public Response addNote(@PathParam("id") UUID id,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = KEY_DOC) String key,
            @Valid @NotNull NoteRequest request) {
        return Answers.response(idempotency.apply(caller.id(), key, new Fingerprint("note", id, request),
                () -> Written.created(null, service.addNote(id, request))));
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "Complete the session")
    @APIResponse(responseCode = "200", description = "Completed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    public Response complete(@PathParam("id") UUID id,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = KEY_DOC) String key) {
        return Answers.response(idempotency.apply(caller.id(), key, new Fingerprint("complete", id, null),
                () -> Written.changed(service.complete(id))));
    }

    @POST
    @Path("{id}/abandon")
    @Operation(summary = "Stop the session without completing it")
    @APIResponse(responseCode = "200", description = "Abandoned", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    public Response abandon(@PathParam("id") UUID id,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = KEY_DOC) String key) {
        return Answers.response(idempotency.apply(caller.id(), key, new Fingerprint("abandon", id, null),
                () -> Written.changed(service.abandon(id))));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A session with its sets, pain reports and notes")
    public SessionView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Follow a session live", description = "Server-Sent Events: first a snapshot, then every change (set, pain, note, completed, abandoned).")
    public Multi<SessionChange> stream(
            @PathParam("id") @Parameter(example = "0193a4f2-7b00-7000-8000-00000000beef") UUID id) {
        Multi<SessionChange> changes = stream.follow(id);
        SessionChange snapshot = new SessionChange(id, "snapshot", service.get(id));
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(snapshot), changes);
    }

    /** What makes two writes "the same request" for the Idempotency-Key check. */
    record Fingerprint(String operation, UUID session, Object body) {
    }
}
