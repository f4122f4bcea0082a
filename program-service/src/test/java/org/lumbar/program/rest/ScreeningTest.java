package org.lumbar.program.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbar.program.CatalogFixture;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.LumbarServiceResource;
import org.lumbar.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The screening questions before a first program (rules screening.*, docs/clinical-rules.md). */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class ScreeningTest {

    private String patientId;
    private String bearer;

    @BeforeEach
    void aNewPatientOfClinicNorth() {
        CatalogFixture.publishGentleReliefExercises();
        patientId = UUID.randomUUID().toString();
        bearer = "Bearer " + TestTokens.forUser(patientId, "pat-" + patientId.substring(0, 8), List.of("patient"),
                DemoUser.CAROL.clinicId);
    }

    private RequestSpecification patient() {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    private static RequestSpecification carol() {
        return given().header("Authorization", DemoUser.CAROL.bearer()).contentType(ContentType.JSON);
    }

    @Test
    void aFirstProgramWaitsForTheScreeningQuestions() {
        patient().body("{\"templateId\":\"gentle-relief\"}").post("/programs").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("screening"));
        patient().get("/screenings/me").then().statusCode(404);
        patient().body("{\"chronicOrSevere\":false}").post("/screenings").then().statusCode(400)
                .body("errors[0].field", equalTo("recentFallOrSurgery"));
        patient().body("{\"chronicOrSevere\":false,\"recentFallOrSurgery\":false,\"redFlags\":[\"headache\"]}")
                .post("/screenings").then().statusCode(400).body("errors[0].field", equalTo("redFlags[0]"));

        patient().body("{\"chronicOrSevere\":false,\"recentFallOrSurgery\":false}").post("/screenings").then()
                .statusCode(201).body("needsReview", equalTo(false));
        patient().body("{\"templateId\":\"gentle-relief\"}").post("/programs").then().statusCode(201)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void aPositiveScreeningHoldsTheProgramUntilAClinicianOfTheClinicClearsIt() {
        patient().body("{\"chronicOrSevere\":true,\"recentFallOrSurgery\":false,\"redFlags\":[\"bladder-bowel\"]}")
                .post("/screenings").then().statusCode(201)
                .body("needsReview", equalTo(true))
                .body("reasons", contains("screening.red-flags", "screening.chronic-or-severe"));
        String program = patient().body("{\"templateId\":\"gentle-relief\"}").post("/programs").then()
                .statusCode(201).body("status", equalTo("NEEDS_REVIEW"))
                .body("holdRule", equalTo("screening.red-flags")).extract().path("id");
        patient().get("/programs/" + program + "/plan").then().statusCode(200).body("total", equalTo(0))
                .body("status", equalTo("NEEDS_REVIEW"));
        // answering again, all no, does not get around the review
        patient().body("{\"chronicOrSevere\":false,\"recentFallOrSurgery\":false}").post("/screenings").then()
                .statusCode(201);
        patient().body("{\"templateId\":\"gentle-relief\"}").post("/programs").then().statusCode(201)
                .body("status", equalTo("NEEDS_REVIEW")).body("holdRule", equalTo("screening.red-flags"));

        patient().body("{\"reason\":\"I feel fine\"}").post("/programs/" + program + "/clear-review").then()
                .statusCode(403);
        patient().body("{\"reason\":\"I feel fine\"}").post("/programs/" + program + "/resume").then()
                .statusCode(403);
        given().header("Authorization", DemoUser.DAN.bearer()).contentType(ContentType.JSON)
                .body("{\"reason\":\"ok\"}").post("/programs/" + program + "/clear-review").then().statusCode(404);
        carol().post("/programs/" + program + "/clear-review").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        carol().body("{\"reason\":\"Seen in clinic; bladder symptoms unrelated\"}")
                .post("/programs/" + program + "/clear-review").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        patient().get("/programs/" + program + "/plan").then().body("total", greaterThan(0));
        patient().get("/screenings/me").then().body("needsReview", equalTo(false));
        // cleared answers no longer hold the next program
        patient().body("{\"templateId\":\"gentle-relief\"}").post("/programs").then().statusCode(201)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void screeningAnswersCanComeWithTheFirstProgram() {
        patient().body("{\"templateId\":\"gentle-relief\",\"screening\":{\"chronicOrSevere\":false,"
                + "\"recentFallOrSurgery\":true}}").post("/programs").then().statusCode(201)
                .body("status", equalTo("NEEDS_REVIEW")).body("holdRule", equalTo("screening.recent-fall-or-surgery"));
    }
}
