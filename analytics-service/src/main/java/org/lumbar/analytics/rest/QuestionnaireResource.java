package org.lumbar.analytics.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lumbar.analytics.fhir.Fhir;
import org.lumbar.analytics.fhir.PsfsQuestionnaire;

@Path("/questionnaires")
@Produces({ MediaType.APPLICATION_JSON, Fhir.MEDIA_TYPE })
@Tag(name = "Outcome measures", description = "The Patient-Specific Functional Scale, weekly, as FHIR Questionnaire "
        + "and QuestionnaireResponse")
public class QuestionnaireResource {

    @GET
    @Path("psfs")
    @Operation(summary = "The Patient-Specific Functional Scale as a FHIR R4 Questionnaire")
    public Fhir.Questionnaire psfs() {
        return PsfsQuestionnaire.questionnaire();
    }
}
