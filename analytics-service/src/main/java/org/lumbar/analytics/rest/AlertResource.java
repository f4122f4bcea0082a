package org.lumbar.analytics.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.lumbar.analytics.alerts.AlertDesk;
import org.lumbar.commons.http.Page;
import org.lumbar.analytics.alerts.AlertView;

@Path("/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "Alerts of the caller's clinic (clinicians)")
public class AlertResource {

    private final AlertDesk desk;

    public AlertResource(AlertDesk desk) {
        this.desk = desk;
    }

    @GET
    @Operation(summary = "The clinic's alerts, most urgent and most recent first")
    public Page<AlertView> listAlerts(
            @QueryParam("status") @Parameter(description = "unresolved (default: open or acknowledged, not cleared), open, "
                    + "acknowledged, cleared, all", schema = @Schema(type = SchemaType.STRING, enumeration = { "unresolved",
                            "open", "acknowledged", "cleared", "all" })) String status,
            @QueryParam("severity") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "critical", "high",
                    "low" })) String severity,
            @QueryParam("patientId") @Parameter(description = "Only this patient's alerts") String patientId,
            @QueryParam("page") @Parameter(description = "Page number from 0") String page,
            @QueryParam("size") @Parameter(description = "Alerts per page, 1 to 100") String size) {
        return desk.list(Params.oneOf("status", status, AlertDesk.STATUSES),
                Params.oneOf("severity", severity, List.of("critical", "high", "low")), patientId, Params.page(page),
                Params.size(size));
    }

    @POST
    @Path("{alertId}/acknowledge")
    @Operation(summary = "Acknowledge an alert: the clinician has seen it (it stays until its condition ends)")
    public AlertView acknowledge(@PathParam("alertId") String alertId) {
        return desk.acknowledge(alertId);
    }
}
