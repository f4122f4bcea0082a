package org.lumbar.analytics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
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
class ClinicPatientsTest {

    private static final String CLINIC = "clinic-list-" + UUID.randomUUID().toString().substring(0, 8);
    private static Patient adherent;
    private static Patient flagged;
    private static Patient idle;

    /** Three patients with one session a week planned: all four done, one done with a red flag, none done. */
    @BeforeEach
    void threePatients() {
        if (adherent != null) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate yesterday = today.minusDays(1);
        Schedule weekly = Schedule.onWeekdays(List.of(yesterday.getDayOfWeek()));
        adherent = Patient.fresh(CLINIC);
        flagged = Patient.fresh(CLINIC);
        idle = Patient.fresh(CLINIC);
        UUID adherentProgram = adherent.assign(weekly, today.minusDays(27));
        UUID flaggedProgram = flagged.assign(weekly, today.minusDays(27));
        idle.assign(weekly, today.minusDays(27));
        for (int week = 0; week < 4; week++) {
            adherent.completed(adherentProgram, yesterday.minusDays(7L * week), 3);
        }
        adherent.session(adherentProgram, LocalDate.of(2026, 8, 3), 6, 4, 3);
        adherent.session(adherentProgram, LocalDate.of(2026, 8, 10), 4, 3, 3);
        flagged.completed(flaggedProgram, yesterday, 3);
        KafkaEvents.publish(flagged.pain(UUID.randomUUID(), yesterday, null, 8, "after", null, List.of("fever")), flagged.id);
        Await.until(() -> given().header("Authorization", Patient.clinician(CLINIC)).get("/clinics/" + CLINIC + "/patients")
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.openAlerts", contains(2, 0, 0))
                .body("items.completed28Days", contains(1, 0, 4)));
    }

    @Test
    void theMostUrgentComeFirstWithAdherencePainChangeAndOpenAlerts() {
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        given().header("Authorization", Patient.clinician(CLINIC))
                .when().get("/clinics/" + CLINIC + "/patients")
                .then().statusCode(200)
                .body("items.patientId", contains(flagged.id, idle.id, adherent.id))
                .body("items.highestOpenSeverity", contains("critical", null, null))
                .body("items.scheduled28Days", contains(4, 4, 4))
                .body("items.adherence", contains(0.25f, 0.0f, 1.0f))
                .body("items.lowAdherence", contains(true, true, false))
                .body("items.painChange", contains(0.0f, null, -2.0f))
                .body("items.painSeries", contains("after", null, "before"))
                .body("items.meaningfulImprovement", contains(false, false, true))
                .body("items.lastSessionOn", contains(yesterday, null, yesterday));
    }

    @Test
    void patientsSortByAnyColumnAndComeInPages() {
        String clinician = Patient.clinician(CLINIC);
        given().header("Authorization", clinician).queryParam("sort", "-adherence")
                .when().get("/clinics/" + CLINIC + "/patients")
                .then().body("items.patientId", contains(adherent.id, flagged.id, idle.id));
        given().header("Authorization", clinician).queryParam("sort", "adherence")
                .when().get("/clinics/" + CLINIC + "/patients")
                .then().body("items.patientId", contains(idle.id, flagged.id, adherent.id));
        given().header("Authorization", clinician).queryParam("sort", "painChange")
                .when().get("/clinics/" + CLINIC + "/patients")
                .then().body("items[0].patientId", equalTo(adherent.id));
        given().header("Authorization", clinician).queryParam("sort", "-openAlerts").queryParam("size", "2")
                .when().get("/clinics/" + CLINIC + "/patients")
                .then().body("total", equalTo(3)).body("items", hasSize(2)).body("items[0].patientId", equalTo(flagged.id));
        given().header("Authorization", clinician).queryParam("sort", "-adherence").queryParam("size", "2")
                .queryParam("page", "1")
                .when().get("/clinics/" + CLINIC + "/patients")
                .then().body("total", equalTo(3)).body("items.patientId", contains(idle.id));
        given().header("Authorization", clinician).queryParam("page", "9")
                .when().get("/clinics/" + CLINIC + "/patients")
                .then().body("total", equalTo(3)).body("items", hasSize(0));
        given().header("Authorization", clinician).queryParam("sort", "name")
                .when().get("/clinics/" + CLINIC + "/patients")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().header("Authorization", clinician).queryParam("size", "0")
                .when().get("/clinics/" + CLINIC + "/patients")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void onlyTheClinicsCliniciansSeeItsPatients() {
        given().header("Authorization", Patient.clinician("clinic-elsewhere"))
                .when().get("/clinics/" + CLINIC + "/patients").then().statusCode(404);
        given().header("Authorization", adherent.bearer())
                .when().get("/clinics/" + CLINIC + "/patients").then().statusCode(404);
        given().header("Authorization", DemoUser.ERIN.bearer())
                .when().get("/clinics/" + CLINIC + "/patients").then().statusCode(404);
        given().header("Authorization", DemoUser.CAROL.bearer())
                .when().get("/clinics/clinic-north/patients").then().statusCode(200);
        given().when().get("/clinics/" + CLINIC + "/patients").then().statusCode(401);
    }
}
