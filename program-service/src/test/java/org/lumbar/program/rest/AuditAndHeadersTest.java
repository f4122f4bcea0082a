package org.lumbar.program.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbar.program.CatalogFixture;
import org.lumbar.program.ScreeningFixture;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class AuditAndHeadersTest {

    @BeforeEach
    void catalogIsKnown() {
        CatalogFixture.publishGentleReliefExercises();
        ScreeningFixture.answeredNo(DemoUser.ALICE, DemoUser.BOB);
    }

    @Test
    void aCliniciansReadOfAPatientsProgramIsAuditedAndOnlyAdminsReadTheAudit() {
        String id = given().header("Authorization", DemoUser.BOB.bearer()).contentType(ContentType.JSON)
                .body("{\"templateId\":\"gentle-relief\"}").post("/programs").then().statusCode(201).extract().path("id");
        given().header("Authorization", DemoUser.BOB.bearer()).get("/programs/" + id).then().statusCode(200);
        given().header("Authorization", DemoUser.DAN.bearer()).get("/programs/" + id).then().statusCode(200);

        given().header("Authorization", DemoUser.ERIN.bearer()).queryParam("patientId", DemoUser.BOB.id)
                .get("/audit").then().statusCode(200)
                .body("items.actorId", hasItem(DemoUser.DAN.id))
                .body("items.actorId", not(hasItem(DemoUser.BOB.id)))
                .body("items.find { it.actorId == '" + DemoUser.DAN.id + "' }.action", equalTo("GET /programs/" + id))
                .body("items.find { it.actorId == '" + DemoUser.DAN.id + "' }.actorClinic", equalTo("clinic-south"));
        given().header("Authorization", DemoUser.DAN.bearer()).get("/audit").then().statusCode(403);
        given().header("Authorization", DemoUser.BOB.bearer()).get("/audit").then().statusCode(403);
    }

    @Test
    void answersAreNotCachedNorSniffed() {
        given().header("Authorization", DemoUser.ALICE.bearer()).get("/templates").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
    }
}
