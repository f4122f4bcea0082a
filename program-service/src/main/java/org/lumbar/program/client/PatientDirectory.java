package org.lumbar.program.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.security.Roles;

/**
 * Whom a clinician may prescribe for: a patient of their own clinic, as the identity provider knows them (an enabled
 * user with realm role {@code patient} and the same {@code clinic_id}). Asked on every program a clinician creates,
 * so a patient who moved clinic or was disabled is refused at once; when Keycloak cannot be asked the answer is 503,
 * never a program for someone nobody knows.
 */
@ApplicationScoped
public class PatientDirectory {

    private static final Logger LOG = Logger.getLogger(PatientDirectory.class);

    private final RealmUsers users;

    public PatientDirectory(@RestClient RealmUsers users) {
        this.users = users;
    }

    /** Refuses {@code patientId} (422, naming the field) unless it is a patient of {@code clinicId}. */
    public void requirePatientOf(String clinicId, String patientId) {
        RealmUsers.User user;
        boolean patient;
        try {
            user = users.get(patientId);
            patient = users.realmRoles(patientId).stream().anyMatch(role -> Roles.PATIENT.equals(role.name()));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 401 || status == 403) {
                LOG.errorf("Keycloak refused program-service's service token (%d): the lumbar-services service "
                        + "account needs realm-management's view-users role", status);
                throw unavailable();
            }
            if (status >= 500) {
                LOG.warnf("Keycloak answered %d to a patient look-up", status);
                throw unavailable();
            }
            throw notAPatientOf();
        } catch (RuntimeException e) {
            LOG.warnf("Keycloak unreachable for a patient look-up: %s", e.getMessage());
            throw unavailable();
        }
        if (user == null || !Boolean.TRUE.equals(user.enabled()) || !patient || !clinicId.equals(user.clinicId())) {
            throw notAPatientOf();
        }
    }

    private static ProblemException notAPatientOf() {
        return ProblemException.unprocessable("patientId", "is not a patient of your clinic");
    }

    private static ProblemException unavailable() {
        return ProblemException.unavailable(
                "The identity provider cannot confirm the patient right now; try again shortly");
    }
}
