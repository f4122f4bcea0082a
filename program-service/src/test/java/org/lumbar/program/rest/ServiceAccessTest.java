package org.lumbar.program.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbar.program.CatalogFixture;
import org.lumbar.program.ScreeningFixture;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.LumbarServiceResource;
import org.lumbar.testing.TestTokens;
import org.lumbar.testing.TokenRulesContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Another Lumbar service (session-service) calls with a client-credentials token of {@code lumbar-services}, role
 * {@code service}: it reads one program at a time, whoever's it is, and nothing else.
 */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class ServiceAccessTest {

    private String program;

    @BeforeEach
    void bobHasAProgram() {
        CatalogFixture.publishGentleReliefExercises();
        ScreeningFixture.answeredNo(DemoUser.ALICE, DemoUser.BOB);
        program = given().header("Authorization", DemoUser.BOB.bearer()).contentType(ContentType.JSON)
                .body("{\"templateId\":\"gentle-relief\"}").post("/programs").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification asService() {
        return given().header("Authorization", "Bearer " + TestTokens.forService()).contentType(ContentType.JSON);
    }

    @Test
    void aServiceReadsAnyProgramWithItsPatientAndIsNotAuditedAsAClinician() {
        asService().get("/programs/" + program).then().statusCode(200)
                .body("id", equalTo(program))
                .body("patientId", equalTo(DemoUser.BOB.id))
                .body("clinicId", equalTo(DemoUser.BOB.clinicId))
                .body("version", equalTo(1));

        given().header("Authorization", DemoUser.ERIN.bearer()).queryParam("patientId", DemoUser.BOB.id)
                .get("/audit").then().statusCode(200)
                .body("items.actorId", not(hasItem(TestTokens.SERVICE_ACCOUNT_ID)));
        given().header("Authorization", DemoUser.ERIN.bearer()).queryParam("actorId", TestTokens.SERVICE_ACCOUNT_ID)
                .get("/audit").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aProgramThatDoesNotExistIsNotFoundForAServiceToo() {
        asService().get("/programs/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aServiceTokenIsForbiddenEverywhereElse() {
        String proposal = UUID.randomUUID().toString();
        List<Response> refused = List.of(
                asService().get("/templates"),
                asService().get("/templates/gentle-relief"),
                asService().get("/programs"),
                asService().body("{\"templateId\":\"gentle-relief\"}").post("/programs"),
                asService().get("/programs/" + program + "/versions"),
                asService().get("/programs/" + program + "/versions/1"),
                asService().get("/programs/" + program + "/plan"),
                asService().get("/programs/" + program + "/proposals"),
                asService().post("/programs/" + program + "/proposals/" + proposal + "/accept"),
                asService().post("/programs/" + program + "/proposals/" + proposal + "/decline"),
                asService().body("{\"items\":[{\"exercise\":\"cat-cow\",\"sets\":1,\"reps\":10}]}")
                        .put("/programs/" + program + "/items"),
                asService().body("{\"schedule\":{\"kind\":\"DAILY\",\"timesPerDay\":1}}")
                        .put("/programs/" + program + "/schedule"),
                asService().post("/programs/" + program + "/pause"),
                asService().post("/programs/" + program + "/resume"),
                asService().post("/programs/" + program + "/end"),
                asService().get("/audit"));
        for (Response response : refused) {
            TokenRulesContract.assertProblem(response, 403, "a service token");
        }
        given().header("Authorization", DemoUser.BOB.bearer()).get("/programs/" + program).then().statusCode(200)
                .body("version", equalTo(1)).body("status", equalTo("ACTIVE"));
    }
}
