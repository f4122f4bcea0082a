package org.lumbar.commons.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lumbar.commons.http.Page;
import org.lumbar.commons.security.Roles;

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
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
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
