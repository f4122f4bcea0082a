package org.lumbar.commons.audit;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import org.lumbar.commons.persistence.TimeOrderedIds;

import io.vertx.core.http.HttpServerRequest;

/** Writes audit entries in the transaction of the read they describe. */
@ApplicationScoped
public class AuditLog {

    private final Instance<HttpServerRequest> request;

    public AuditLog(Instance<HttpServerRequest> request) {
        this.request = request;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void patientDataRead(String actorId, String actorClinic, String patientId) {
        AuditEntry entry = new AuditEntry();
        entry.id = TimeOrderedIds.next();
        entry.actorId = actorId;
        entry.actorClinic = actorClinic;
        entry.patientId = patientId;
        entry.action = currentRequest();
        entry.at = Instant.now();
        entry.persist();
    }

    private String currentRequest() {
        if (request.isResolvable()) {
            try {
                HttpServerRequest current = request.get();
                String action = current.method().name() + " " + current.path();
                return action.length() > 500 ? action.substring(0, 500) : action;
            } catch (RuntimeException e) {
                // not in an HTTP request (e.g. a consumer): fall through
            }
        }
        return "read";
    }
}
