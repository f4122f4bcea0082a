package org.lumbar.analytics.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lumbar.analytics.clinic.ClinicPatients;
import org.lumbar.commons.http.Page;
import org.lumbar.analytics.clinic.ClinicPatientView;

@Path("/clinics/{clinicId}/patients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clinic", description = "A clinic's patients, for the clinicians of that clinic")
public class ClinicResource {

    private final ClinicPatients patients;

    public ClinicResource(ClinicPatients patients) {
        this.patients = patients;
    }

    @GET
    @Operation(summary = "The clinic's patients: 28-day adherence, pain change, open alerts; sortable and paged")
    public Page<ClinicPatientView> listClinicPatients(
            @PathParam("clinicId") String clinicId,
            @QueryParam("sort") @Parameter(description = "attention (default: most urgent open alert, most open alerts, "
                    + "lowest adherence), or a field with - for descending; missing values last", schema = @Schema(
                            type = SchemaType.STRING, enumeration = { "attention", "adherence", "-adherence", "painChange",
                                    "-painChange", "openAlerts", "-openAlerts", "lastSession", "-lastSession", "patient",
                                    "-patient" })) String sort,
            @QueryParam("page") @Parameter(description = "Page number from 0", example = "0") String page,
            @QueryParam("size") @Parameter(description = "Patients per page, 1 to 100", example = "20") String size) {
        return patients.list(clinicId, Params.oneOf("sort", sort, ClinicPatients.SORTS.keySet()), Params.page(page),
                Params.size(size));
    }
}
