package org.lumbar.commons.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.lumbar.commons.audit.AuditLog;
import org.lumbar.commons.http.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, from the verified access token: the subject is the user id (a patient's id is their
 * {@code sub}), roles come from {@code realm_access.roles}, and clinicians carry a {@code clinic_id} claim.
 */
@RequestScoped
public class Caller {

    /** Path value that stands for the calling patient. */
    public static final String ME = "me";

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final AuditLog audit;

    public Caller(SecurityIdentity identity, JsonWebToken token, AuditLog audit) {
        this.identity = identity;
        this.token = token;
        this.audit = audit;
    }

    public String id() {
        return token.getSubject();
    }

    public Optional<String> clinicId() {
        Object claim = token.getClaim("clinic_id");
        return claim == null ? Optional.empty() : Optional.of(claim.toString().replace("\"", ""));
    }

    public boolean isPatient() {
        return identity.hasRole(Roles.PATIENT);
    }

    public boolean isClinician() {
        return identity.hasRole(Roles.CLINICIAN);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** Another Lumbar service (client-credentials token), not a person: see {@link Roles#SERVICE}. */
    public boolean isService() {
        return identity.hasRole(Roles.SERVICE);
    }

    /** The patient a path names, with {@code me} meaning the caller. */
    public String patientFromPath(String patientId) {
        return ME.equals(patientId) ? id() : patientId;
    }

    /**
     * Whether the caller may read data of this patient: the patient themself, or a clinician of the clinic
     * the patient belongs to.
     */
    public boolean mayRead(String patientId, String patientClinicId) {
        if (id().equals(patientId)) {
            return true;
        }
        return isClinician() && patientClinicId != null && clinicId().map(patientClinicId::equals).orElse(false);
    }

    /**
     * Answers 404 (never 403) so that ids of other patients cannot be probed. A clinician's read of a patient's data
     * is written to the audit log.
     */
    public void requireRead(String patientId, String patientClinicId, String what) {
        if (!mayRead(patientId, patientClinicId)) {
            throw ProblemException.notFound(what);
        }
        auditRead(patientId);
    }

    /** Writes a read of this patient's data to the audit log, unless it is the patient reading their own. */
    public void auditRead(String patientId) {
        if (!id().equals(patientId)) {
            audit.patientDataRead(id(), clinicId().orElse(null), patientId);
        }
    }
}
