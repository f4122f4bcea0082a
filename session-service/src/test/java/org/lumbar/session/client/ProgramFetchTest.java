package org.lumbar.session.client;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbar.session.SessionFixture;
import org.lumbar.testing.DemoUser;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A session started for a program that has not arrived over program.events: session-service fetches it from
 * program-service with its own client-credentials token (from the test token endpoint; the stub refuses anything
 * else), and answers 404 when the program is someone else's, since program-service answers that token for any
 * program.
 */
@QuarkusTest
@TestProfile(ProgramFetchTest.WithProgramService.class)
class ProgramFetchTest {

    public static class WithProgramService implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProgramServiceStub.class));
        }
    }

    @BeforeEach
    void catalogIsKnown() {
        SessionFixture.catalogIsKnown();
    }

    private static RequestSpecification as(DemoUser user) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON);
    }

    /** A program of the patient that only program-service knows so far. */
    private static UUID programOnlyProgramServiceKnows(DemoUser patient) {
        UUID id = UUID.randomUUID();
        Map<String, Object> program = Map.of("id", id, "patientId", patient.id, "clinicId", patient.clinicId,
                "clinicianId", "someone", "status", "ACTIVE", "version", 1, "timeZone", "Europe/Amsterdam",
                "items", List.of(Map.of("exercise", "cat-cow", "sets", 2, "reps", 10, "perSide", false)));
        given().baseUri(ConfigProvider.getConfig().getValue("quarkus.rest-client.program-service.url", String.class))
                .contentType(ContentType.JSON).body(program).put("/programs/" + id).then().statusCode(204);
        return id;
    }

    @Test
    void theCallersOwnProgramIsFetchedWithTheServiceTokenAndFollowed() {
        UUID program = programOnlyProgramServiceKnows(DemoUser.ALICE);
        as(DemoUser.ALICE).body("{\"programId\":\"" + program + "\"}").post("/sessions").then().statusCode(201)
                .body("programId", equalTo(program.toString()))
                .body("programVersion", equalTo(1))
                .body("setsPrescribed", equalTo(2));
    }

    @Test
    void anotherPatientsProgramFetchedWithTheServiceTokenIsNotFound() {
        UUID program = programOnlyProgramServiceKnows(DemoUser.BOB);
        as(DemoUser.ALICE).body("{\"programId\":\"" + program + "\"}").post("/sessions").then().statusCode(404)
                .contentType("application/problem+json");
        // and once it is known here, still not
        as(DemoUser.ALICE).body("{\"programId\":\"" + program + "\"}").post("/sessions").then().statusCode(404);

        String startedAt = "\"" + Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS) + "\"";
        as(DemoUser.ALICE).body("{\"id\":\"" + UUID.randomUUID() + "\",\"programId\":\"" + program
                + "\",\"startedAt\":" + startedAt + "}").post("/sessions/offline").then().statusCode(404);
        as(DemoUser.BOB).body("{\"programId\":\"" + program + "\"}").post("/sessions").then().statusCode(201)
                .body("programId", equalTo(program.toString()));
    }

    @Test
    void aProgramProgramServiceDoesNotKnowIsNotFound() {
        as(DemoUser.ALICE).body("{\"programId\":\"" + UUID.randomUUID() + "\"}").post("/sessions").then()
                .statusCode(404).contentType("application/problem+json");
    }
}
