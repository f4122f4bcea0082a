package org.lumbar.analytics.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.analytics.domain.Alert;
import org.lumbar.commons.http.Page;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.security.Caller;

import io.quarkus.panache.common.Sort;

/** Alerts as a clinician works them: their clinic's alerts, most urgent first, and acknowledging one. */
@ApplicationScoped
public class AlertDesk {

    public static final List<String> STATUSES = List.of("open", "acknowledged", "cleared", "unresolved", "all");

    private final Caller caller;

    public AlertDesk(Caller caller) {
        this.caller = caller;
    }

    /**
     * @param status open (not acknowledged, not cleared), acknowledged (not cleared), unresolved (either; the default),
     *        cleared, or all
     */
    @Transactional
    public Page<AlertView> list(String status, String severity, String patientId, int page, int size) {
        String clinicId = clinic();
        StringBuilder query = new StringBuilder("clinicId = :clinic");
        Map<String, Object> params = new HashMap<>();
        params.put("clinic", clinicId);
        switch (status == null ? "unresolved" : status) {
            case "open" -> query.append(" and openKey is not null and acknowledgedAt is null");
            case "acknowledged" -> query.append(" and openKey is not null and acknowledgedAt is not null");
            case "unresolved" -> query.append(" and openKey is not null");
            case "cleared" -> query.append(" and openKey is null");
            default -> {
                // all
            }
        }
        if (severity != null) {
            query.append(" and severity = :severity");
            params.put("severity", severity);
        }
        if (patientId != null) {
            query.append(" and patientId = :patient");
            params.put("patient", patientId);
        }
        var found = Alert.<Alert> find(query.toString(),
                Sort.descending("severityRank").and("raisedAt", Sort.Direction.Descending).and("id"), params);
        List<AlertView> items = new ArrayList<>();
        for (Alert alert : found.page(page, size).list()) {
            items.add(AlertView.of(alert));
        }
        return new Page<>(items, found.count());
    }

    /** Acknowledging twice keeps the first acknowledgement. */
    @Transactional
    public AlertView acknowledge(String alertId) {
        String clinicId = clinic();
        UUID id;
        try {
            id = UUID.fromString(alertId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Alert " + alertId);
        }
        Alert alert = Alert.findById(id);
        if (alert == null || !clinicId.equals(alert.clinicId)) {
            throw ProblemException.notFound("Alert " + alertId);
        }
        if (alert.acknowledgedAt == null) {
            alert.acknowledgedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            alert.acknowledgedBy = caller.id();
        }
        return AlertView.of(alert);
    }

    private String clinic() {
        if (!caller.isClinician() || caller.clinicId().isEmpty()) {
            throw ProblemException.forbidden("Alerts are for the clinicians of a clinic");
        }
        return caller.clinicId().get();
    }
}
