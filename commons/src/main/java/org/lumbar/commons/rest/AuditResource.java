package org.lumbar.commons.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lumbar.commons.http.Page;
import org.lumbar.commons.http.QueryValues;
import org.lumbar.commons.security.Roles;
import org.lumbar.commons.audit.AuditEntry;

/** Every service lets admins read its audit log of clinicians' reads of patient data. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Reads of patient data by clinicians (admins only)")
public class AuditResource {

    public record AuditView(String actorId, String actorClinic, String patientId, String action, Instant at) {
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(summary = "Audit entries, newest first, optionally of one patient or one actor")
    public Page<AuditView> entries(@QueryParam("patientId") String patientId, @QueryParam("actorId") String actorId,
            @QueryParam("page") @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", defaultValue = "0")) String pageValue,
            @QueryParam("size") @Parameter(description = "Entries per page, 1 to 500", schema = @Schema(
                    type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) String sizeValue) {
        int size = Objects.requireNonNullElse(QueryValues.wholeNumber("size", sizeValue, 1, 500), 50);
        // the first entry of the page must be a row number the database can count to
        int page = Objects.requireNonNullElse(QueryValues.wholeNumber("page", pageValue, 0, Integer.MAX_VALUE / size - 1), 0);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (patientId != null) {
            where.add("patientId = :patientId");
            params.put("patientId", patientId);
        }
        if (actorId != null) {
            where.add("actorId = :actorId");
            params.put("actorId", actorId);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by at desc";
        var found = AuditEntry.<AuditEntry> find(query, params);
        List<AuditView> items = found.page(page, size).list().stream()
                .map(e -> new AuditView(e.actorId, e.actorClinic, e.patientId, e.action, e.at)).toList();
        return new Page<>(items, found.count());
    }
}
