package org.lumbar.analytics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lumbar.analytics.support.Await;
import org.lumbar.analytics.support.Patient;
import org.lumbar.contracts.program.Schedule;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class ObservationsResourceTest {

    @Test
    void painScoresAreAFhirBundleOfObservations() {
        Patient patient = Patient.fresh("clinic-fhir");
        LocalDate day = LocalDate.of(2026, 10, 12);
        UUID program = patient.assign(Schedule.daily(1), day);
        patient.session(program, day, 6, 4, 3);
        UUID session = UUID.randomUUID();
        KafkaEvents.publish(patient.pain(session, day.plusDays(1), "bird-dog", 7, "during", "sharp", List.of()), patient.id);
        Await.until(() -> given().header("Authorization", patient.bearer()).get("/patients/me/observations")
                .then().statusCode(200).body("total", equalTo(3)));

        given().header("Authorization", patient.bearer()).accept("application/fhir+json")
                .when().get("/patients/me/observations")
                .then().statusCode(200)
                .contentType("application/fhir+json")
                .body("resourceType", equalTo("Bundle"))
                .body("type", equalTo("searchset"))
                .body("entry.resource.resourceType", everyItem(equalTo("Observation")))
                .body("entry.resource.code.coding[0].code", everyItem(equalTo("72514-3")))
                .body("entry.resource.code.coding[0].system", everyItem(equalTo("http://loinc.org")))
                .body("entry.resource.subject.reference", everyItem(equalTo("Patient/" + patient.id)))
                .body("entry.resource.valueInteger", contains(6, 4, 7))
                .body("entry.resource.effectiveDateTime", contains("2026-10-12T08:00:30.000Z", "2026-10-12T08:50:00.000Z",
                        "2026-10-13T08:05:00.000Z"))
                .body("entry.resource.note[2].text", contains("Reported during the session, on bird-dog; quality: sharp"))
                .body("entry.fullUrl", everyItem(startsWith("urn:uuid:")));

        given().header("Authorization", Patient.clinician("clinic-fhir"))
                .queryParam("from", "2026-10-13").queryParam("to", "2026-10-13")
                .when().get("/patients/" + patient.id + "/observations")
                .then().statusCode(200).body("total", equalTo(1)).body("entry.resource.valueInteger", contains(7));
        given().header("Authorization", patient.bearer()).queryParam("_count", "2").queryParam("page", "1")
                .when().get("/patients/me/observations")
                .then().body("total", equalTo(3)).body("entry", hasSize(1));
        given().header("Authorization", patient.bearer()).queryParam("from", "13 October")
                .when().get("/patients/me/observations")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().header("Authorization", patient.bearer()).queryParam("_count", "5000")
                .when().get("/patients/me/observations")
                .then().statusCode(400).body("errors[0].field", equalTo("_count"));
        given().header("Authorization", DemoUser.DAN.bearer())
                .when().get("/patients/" + patient.id + "/observations").then().statusCode(404);
    }
}
