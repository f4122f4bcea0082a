package org.lumbar.analytics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lumbar.analytics.support.Await;
import org.lumbar.analytics.support.Patient;
import org.lumbar.clinical.measures.IsoWeek;
import org.lumbar.contracts.program.Schedule;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The Patient-Specific Functional Scale as FHIR Questionnaire and QuestionnaireResponse (rule psfs.mcid). */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class PsfsTest {

    private static final String CLINIC = "clinic-psfs";

    private static String response(String id, Instant authored, int... ratings) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < ratings.length; i++) {
            items.append(i == 0 ? "" : ",").append("{\"linkId\":\"activity\",\"item\":[")
                    .append("{\"linkId\":\"activity-name\",\"answer\":[{\"valueString\":\"Activity ").append(i)
                    .append("\"}]},{\"linkId\":\"activity-rating\",\"answer\":[{\"valueInteger\":").append(ratings[i])
                    .append("}]}]}");
        }
        return "{\"resourceType\":\"QuestionnaireResponse\"," + (id == null ? "" : "\"id\":\"" + id + "\",")
                + "\"questionnaire\":\"urn:lumbar:fhir:Questionnaire:psfs\",\"status\":\"completed\","
                + "\"authored\":\"" + authored + "\",\"item\":[" + items + "]}";
    }

    @Test
    void theQuestionnaireIsAFhirResourceWithARepeatingActivityGroup() {
        Patient patient = Patient.fresh(CLINIC);
        given().header("Authorization", patient.bearer()).get("/questionnaires/psfs").then().statusCode(200)
                .body("resourceType", equalTo("Questionnaire"))
                .body("url", equalTo("urn:lumbar:fhir:Questionnaire:psfs"))
                .body("item[0].repeats", equalTo(true))
                .body("item[0].item.linkId", contains("activity-name", "activity-rating"));
    }

    @Test
    void weeklyAnswersMakeATrendThatReachesTheMcidAndARepeatedAnswerIsStoredOnce() {
        Patient patient = Patient.fresh(CLINIC);
        patient.assign(Schedule.daily(1), java.time.LocalDate.now().minusDays(21));
        Instant now = Instant.now().minusSeconds(60);
        String again = UUID.randomUUID().toString();
        String[] answers = { response(null, now.minus(Duration.ofDays(14)), 2, 4, 5),
                response(null, now.minus(Duration.ofDays(7)), 4, 5, 6),
                response(again, now, 5, 6, 8), response(again, now, 5, 6, 8) };
        for (String answer : answers) {
            given().header("Authorization", patient.bearer()).contentType("application/fhir+json").body(answer)
                    .post("/patients/me/psfs").then().statusCode(201)
                    .body("resourceType", equalTo("QuestionnaireResponse"))
                    .body("subject.reference", equalTo("Patient/" + patient.id));
        }
        // the clinician reads it once the program has told analytics which clinic the patient belongs to
        Await.until(() -> given().header("Authorization", Patient.clinician(CLINIC)).get("/patients/" + patient.id
                + "/psfs").then().statusCode(200));
        given().header("Authorization", Patient.clinician(CLINIC)).get("/patients/" + patient.id + "/psfs").then()
                .statusCode(200)
                .body("weeks.score", contains(3.7f, 5.0f, 6.3f))
                .body("weeks[2].week", equalTo(IsoWeek.of(java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC))
                        .toString()))
                .body("weeks[2].activities.rating", contains(5, 6, 8))
                .body("baseline", equalTo(3.7f))
                .body("change", equalTo(2.6f))
                .body("mcid", equalTo(2.0f))
                .body("meaningfulImprovement", equalTo(true));
        given().header("Authorization", Patient.clinician("clinic-elsewhere")).get("/patients/" + patient.id + "/psfs")
                .then().statusCode(404);
    }

    @Test
    void anAnswerThatDoesNotFitTheQuestionnaireIsRefusedNamingTheField() {
        Patient patient = Patient.fresh(CLINIC);
        Instant now = Instant.now().minusSeconds(60);
        String[][] cases = {
                { response(null, now, 11), "item[0].item[1]" },
                { response(null, now, 1, 2, 3, 4, 5, 6), "item" },
                { response(null, now, 3).replace("QuestionnaireResponse", "Observation"), "resourceType" },
                { response(null, now, 3).replace("urn:lumbar:fhir:Questionnaire:psfs", "urn:other"), "questionnaire" },
                { response(null, now, 3).replace("completed", "in-progress"), "status" },
                { response("not-a-uuid", now, 3), "id" },
                { response(null, now.plus(Duration.ofDays(2)), 3), "authored" } };
        for (String[] bad : cases) {
            given().header("Authorization", patient.bearer()).contentType(ContentType.JSON).body(bad[0])
                    .post("/patients/me/psfs").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[1]));
        }
        given().header("Authorization", patient.bearer()).get("/patients/me/psfs").then().statusCode(200)
                .body("weeks.size()", equalTo(0)).body("meaningfulImprovement", equalTo(false));
        given().header("Authorization", Patient.clinician(CLINIC)).contentType(ContentType.JSON)
                .body(response(null, now, 3)).post("/patients/" + patient.id + "/psfs").then().statusCode(403);
    }
}
