package org.lumbar.program.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.lumbar.commons.idempotency.IdempotentRequests;
import org.lumbar.commons.idempotency.IdempotentRequests.Written;
import org.lumbar.commons.rest.Answers;
import org.lumbar.commons.http.Page;
import org.lumbar.commons.http.QueryValues;
import org.lumbar.commons.security.Caller;
import org.lumbar.commons.security.Roles;
import org.lumbar.program.programs.ProgramService;
import org.lumbar.program.proposals.ProposalService;
import org.lumbar.program.programs.ChangeRequests;
import org.lumbar.program.programs.CreateProgramRequest;
import org.lumbar.program.programs.ItemRequest;
import org.lumbar.program.programs.PlanView;
import org.lumbar.program.programs.ProgramView;
import org.lumbar.program.programs.VersionView;
import org.lumbar.program.proposals.ProposalView;

@Path("/programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programs", description = "Personal programs, their versions, plan and progression proposals")
public class ProgramResource {

    private final ProgramService programs;
    private final ProposalService proposals;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public ProgramResource(ProgramService programs, ProposalService proposals, IdempotentRequests idempotency,
            Caller caller) {
        this.programs = programs;
        this.proposals = proposals;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Create a program", description = "From a template (optionally overriding items or schedule) or from items and a schedule; for the calling patient, or for patientId when a clinician calls.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "503", description = "A clinician's patient cannot be confirmed with the identity provider right now")
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull CreateProgramRequest request) {
        return Answers.response(idempotency.apply(caller.id(), idempotencyKey, request, () -> {
            ProgramView program = programs.create(request);
            return Written.created("/programs/" + program.id(), program);
        }));
    }

    @GET
    @Operation(summary = "Programs", description = "A patient's own programs; for a clinician, those of their clinic (optionally one patient's).")
    public Page<ProgramView> listPrograms(@QueryParam("patientId") @Parameter(description = "Clinicians only") String patientId) {
        List<ProgramView> found = programs.list(patientId);
        return new Page<>(found, found.size());
    }

    /**
     * The one endpoint another Lumbar service may call (session-service, for a program that has not reached it over
     * program.events yet): with its service token it reads any program, and checks itself that it is the caller's.
     */
    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.PATIENT, Roles.CLINICIAN, Roles.ADMIN, Roles.SERVICE })
    @Operation(summary = "One program in its current version", description = "For its patient and the clinicians of "
            + "their clinic; also for the service role (session-service's client-credentials token), read only.")
    public ProgramView getProgram(@PathParam("id") UUID id) {
        return programs.get(id);
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every version of a program, oldest first")
    public List<VersionView> versions(@PathParam("id") UUID id) {
        return programs.versions(id);
    }

    @GET
    @Path("{id}/versions/{version}")
    @Operation(summary = "One version of a program")
    public VersionView version(@PathParam("id") UUID id, @PathParam("version") int version) {
        return programs.version(id, version);
    }

    @PUT
    @Path("{id}/items")
    @Operation(summary = "Replace the items (new version)")
    public ProgramView changeItems(@PathParam("id") UUID id, @Valid @NotNull ChangeRequests.Items request) {
        return programs.changeItems(id, request.items().stream().map(ItemRequest::toItem).toList(), request.reason());
    }

    @PUT
    @Path("{id}/schedule")
    @Operation(summary = "Replace the schedule (new version)")
    public ProgramView changeSchedule(@PathParam("id") UUID id, @Valid @NotNull ChangeRequests.ScheduleChange request) {
        return programs.changeSchedule(id, request.schedule().toSchedule(), request.reason());
    }

    @POST
    @Path("{id}/pause")
    @Operation(summary = "Pause from today (new version)")
    public ProgramView pause(@PathParam("id") UUID id, @Valid ChangeRequests.StatusChange request) {
        return programs.pause(id, request == null ? null : request.reason());
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume from today (new version)")
    public ProgramView resume(@PathParam("id") UUID id, @Valid ChangeRequests.StatusChange request) {
        return programs.resume(id, request == null ? null : request.reason());
    }

    @POST
    @Path("{id}/clear-review")
    @RolesAllowed(Roles.CLINICIAN)
    @Operation(summary = "A clinician reviewed the patient's screening: the program starts today (new version)")
    public ProgramView clearReview(@PathParam("id") UUID id, @Valid ChangeRequests.StatusChange request) {
        return programs.clearReview(id, request == null ? null : request.reason());
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "End after today (new version)")
    public ProgramView end(@PathParam("id") UUID id, @Valid ChangeRequests.StatusChange request) {
        return programs.end(id, request == null ? null : request.reason());
    }

    @GET
    @Path("{id}/plan")
    @Operation(summary = "Planned session days", description = "In the patient's calendar, the non-consecutive rule kept, paused days and days after the end left out. Default: the next 14 days; at most 366.")
    public PlanView plan(@PathParam("id") UUID id,
            @QueryParam("from") @Parameter(description = "First day (default: today)", example = "2026-11-23") String from,
            @QueryParam("to") @Parameter(description = "Last day (default: from + 13 days)", example = "2026-12-06") String to) {
        return programs.plan(id, QueryValues.date("from", from), QueryValues.date("to", to));
    }

    @GET
    @Path("{id}/proposals")
    @Operation(summary = "Progression proposals, newest first")
    public List<ProposalView> proposals(@PathParam("id") UUID id) {
        return proposals.list(id);
    }

    @POST
    @Path("{id}/proposals/{proposalId}/accept")
    @Operation(summary = "Accept a proposal: makes a new program version")
    public ProposalView accept(@PathParam("id") UUID id, @PathParam("proposalId") UUID proposalId) {
        return proposals.accept(id, proposalId);
    }

    @POST
    @Path("{id}/proposals/{proposalId}/decline")
    @Operation(summary = "Decline a proposal")
    public ProposalView decline(@PathParam("id") UUID id, @PathParam("proposalId") UUID proposalId) {
        return proposals.decline(id, proposalId);
    }
}
