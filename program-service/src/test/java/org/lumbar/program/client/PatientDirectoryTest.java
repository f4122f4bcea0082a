package org.lumbar.program.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.junit.jupiter.api.Test;
import org.lumbar.commons.http.ProblemException;

class PatientDirectoryTest {

    private static final String CLINIC = "clinic-north";

    /** A realm holding one user, answering as Keycloak's admin API would, or failing with {@code failure}. */
    private static PatientDirectory realm(RealmUsers.User user, List<String> roles, RuntimeException failure) {
        return new PatientDirectory(new RealmUsers() {
            @Override
            public User get(String id) {
                if (failure != null) {
                    throw failure;
                }
                if (user == null || !user.id().equals(id)) {
                    throw new WebApplicationException(404);
                }
                return user;
            }

            @Override
            public List<Role> realmRoles(String id) {
                return roles.stream().map(Role::new).toList();
            }
        });
    }

    private static RealmUsers.User user(boolean enabled, String clinic) {
        return new RealmUsers.User("p1", enabled, clinic == null ? Map.of() : Map.of("clinic_id", List.of(clinic)));
    }

    private static int statusOf(PatientDirectory directory, String patientId) {
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> directory.requirePatientOf(CLINIC, patientId));
        assertThat(problem).as("refused").isNotNull();
        if (problem.toProblem().status() == 422) {
            assertThat(problem.toProblem().errors()).singleElement()
                    .satisfies(error -> assertThat(error.field()).isEqualTo("patientId"));
        }
        return problem.toProblem().status();
    }

    @Test
    void anEnabledPatientOfTheClinicIsAccepted() {
        assertThatCode(() -> realm(user(true, CLINIC), List.of("patient", "default-roles-lumbar"), null)
                .requirePatientOf(CLINIC, "p1")).doesNotThrowAnyException();
    }

    @Test
    void anyoneElseIsNotAPatientOfTheClinic() {
        assertThat(statusOf(realm(user(true, CLINIC), List.of("patient"), null), "nobody")).isEqualTo(422);
        assertThat(statusOf(realm(user(true, "clinic-south"), List.of("patient"), null), "p1")).isEqualTo(422);
        assertThat(statusOf(realm(user(true, null), List.of("patient"), null), "p1")).isEqualTo(422);
        assertThat(statusOf(realm(user(true, CLINIC), List.of("clinician"), null), "p1")).isEqualTo(422);
        assertThat(statusOf(realm(user(false, CLINIC), List.of("patient"), null), "p1")).isEqualTo(422);
        assertThat(statusOf(realm(null, List.of(), new WebApplicationException(400)), "a b")).isEqualTo(422);
    }

    @Test
    void whenTheRealmCannotBeAskedTheAnswerIsUnavailableNotAProgram() {
        assertThat(statusOf(realm(null, List.of(), new ProcessingException("connection refused")), "p1"))
                .isEqualTo(503);
        assertThat(statusOf(realm(null, List.of(), new WebApplicationException(503)), "p1")).isEqualTo(503);
        // a service account without view-users: an operator's mistake, not the patient's
        assertThat(statusOf(realm(null, List.of(), new WebApplicationException(403)), "p1")).isEqualTo(503);
        assertThat(statusOf(realm(null, List.of(), new WebApplicationException(401)), "p1")).isEqualTo(503);
    }
}
