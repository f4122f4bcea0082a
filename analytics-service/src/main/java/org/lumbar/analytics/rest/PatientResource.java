package org.lumbar.analytics.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lumbar.analytics.service.AdherenceService;

@Path("/patients/{patientId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patient analytics", description = "Adherence and pain of one patient")
public class PatientResource {

    private final AdherenceService adherence;

    public PatientResource(AdherenceService adherence) {
        this.adherence = adherence;
    }

    @GET
    @Path("adherence")
    @Operation(summary = "Adherence and mean pain of one ISO week")
    public WeeklyAdherenceView adherence(
            @PathParam("patientId") @Parameter(description = "A patient id, or me") String patientId,
            @QueryParam("week") @Parameter(description = "ISO week; the current one when left out", example = "2026-W47") String week) {
        return adherence.weekly(patientId, week);
    }
}
