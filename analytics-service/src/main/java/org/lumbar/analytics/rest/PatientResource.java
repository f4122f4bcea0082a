package org.lumbar.analytics.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lumbar.analytics.fhir.Fhir;
import org.lumbar.analytics.progress.PatientAnalytics;
import org.lumbar.analytics.progress.PsfsOutcomes;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.security.Roles;
import org.lumbar.analytics.progress.AdherenceSeriesView;
import org.lumbar.analytics.progress.ExerciseTrendView;
import org.lumbar.analytics.progress.PainTrendView;
import org.lumbar.analytics.progress.PsfsTrendView;
import org.lumbar.analytics.progress.SummaryView;
import org.lumbar.analytics.progress.WeeklyAdherenceView;

@Path("/patients/{patientId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patient analytics", description = "Adherence, pain and performance of one patient, for the patient and "
        + "the clinicians of their clinic")
public class PatientResource {

    private final PatientAnalytics analytics;
    private final PsfsOutcomes psfs;

    public PatientResource(PatientAnalytics analytics, PsfsOutcomes psfs) {
        this.analytics = analytics;
        this.psfs = psfs;
    }

    @GET
    @Path("summary")
    @Operation(summary = "Where the patient stands: this week, the last 28 days, streaks, pain, expected course, alerts")
    public SummaryView summary(
            @PathParam("patientId") @Parameter(description = "A patient id, or me") String patientId) {
        return analytics.summary(patientId);
    }

    @GET
    @Path("adherence")
    @Operation(summary = "Adherence of one ISO week (week, or the current week), or a weekly series (from, to)")
    @APIResponse(responseCode = "200", description = "With week or without parameters: one week. With from or to: "
            + "one point per week.", content = @Content(schema = @Schema(oneOf = { WeeklyAdherenceView.class,
                    AdherenceSeriesView.class })))
    public Object adherence(
            @PathParam("patientId") @Parameter(description = "A patient id, or me") String patientId,
            @QueryParam("week") @Parameter(description = "One ISO week", example = "2026-W47") String week,
            @QueryParam("from") @Parameter(description = "First week of a series (ISO week or a date in it); 11 weeks "
                    + "before to by default", example = "2026-W36") String from,
            @QueryParam("to") @Parameter(description = "Last week of a series (ISO week or a date in it); the current "
                    + "week by default", example = "2026-W47") String to) {
        if (from == null && to == null) {
            return analytics.week(patientId, week);
        }
        if (week != null) {
            throw ProblemException.badRequest("week", "give either week or from and to");
        }
        return analytics.adherence(patientId, from, to);
    }

    @GET
    @Path("pain-trend")
    @Operation(summary = "Weekly mean pain before and after sessions, change from baseline, slope, MCID, expected course")
    public PainTrendView painTrend(
            @PathParam("patientId") @Parameter(description = "A patient id, or me") String patientId,
            @QueryParam("from") @Parameter(description = "First week (ISO week or date); 11 weeks before to by default") String from,
            @QueryParam("to") @Parameter(description = "Last week (ISO week or date); the current week by default") String to) {
        return analytics.painTrend(patientId, from, to);
    }

    @GET
    @Path("observations")
    @Produces({ Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Operation(summary = "Pain scores as a FHIR R4 searchset Bundle of Observations (LOINC 72514-3, 0-10), oldest first")
    public Fhir.Bundle observations(
            @PathParam("patientId") @Parameter(description = "A patient id, or me") String patientId,
            @QueryParam("from") @Parameter(description = "First day (patient's calendar)", example = "2026-11-01") String from,
            @QueryParam("to") @Parameter(description = "Last day (patient's calendar)", example = "2026-11-30") String to,
            @QueryParam("page") @Parameter(description = "Page number from 0") String page,
            @QueryParam("_count") @Parameter(description = "Observations per page, 1 to 1000 (100 by default)") String count,
            @Context UriInfo uri) {
        Integer perPage = Params.wholeNumber("_count", count, 1, 1000);
        return analytics.observations(patientId, from, to, Params.page(page), perPage == null ? 100 : perPage,
                uri.getRequestUri().toString());
    }

    @GET
    @Path("exercises/{slug}/trend")
    @Operation(summary = "Best reps and longest hold of one exercise per week")
    public ExerciseTrendView exerciseTrend(
            @PathParam("patientId") @Parameter(description = "A patient id, or me") String patientId,
            @PathParam("slug") @Parameter(description = "Exercise slug", example = "side-plank") String slug,
            @QueryParam("from") @Parameter(description = "First week (ISO week or date); 11 weeks before to by default") String from,
            @QueryParam("to") @Parameter(description = "Last week (ISO week or date); the current week by default") String to) {
        return analytics.exerciseTrend(patientId, slug, from, to);
    }

    @POST
    @Path("psfs")
    @RolesAllowed(Roles.PATIENT)
    @Consumes({ MediaType.APPLICATION_JSON, Fhir.MEDIA_TYPE })
    @Produces({ MediaType.APPLICATION_JSON, Fhir.MEDIA_TYPE })
    @Operation(summary = "The patient answers the Patient-Specific Functional Scale: a FHIR QuestionnaireResponse to "
            + "/questionnaires/psfs; one sent again with the same id is stored once")
    @APIResponse(responseCode = "201", description = "Stored (or a repeat of a stored answer)", content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(implementation = Fhir.QuestionnaireResponse.class)))
    public Response answerPsfs(
            @PathParam("patientId") @Parameter(description = "me, or the patient's own id", example = "me") String patientId,
            @NotNull Fhir.QuestionnaireResponse response) {
        return Response.status(Response.Status.CREATED).entity(psfs.answer(patientId, response)).build();
    }

    @GET
    @Path("psfs")
    @Operation(summary = "The Patient-Specific Functional Scale week by week, the change from the first week and "
            + "whether it reaches the MCID of 2 points")
    public PsfsTrendView psfsTrend(
            @PathParam("patientId") @Parameter(description = "A patient id, or me") String patientId) {
        return psfs.trend(patientId);
    }
}
