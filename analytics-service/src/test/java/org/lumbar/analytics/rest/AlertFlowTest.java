package org.lumbar.analytics.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lumbar.analytics.alerts.InactivityWatch;
import org.lumbar.analytics.support.Await;
import org.lumbar.analytics.support.Patient;
import org.lumbar.contracts.Topics;
import org.lumbar.contracts.program.Schedule;
import org.lumbar.contracts.progress.AlertCleared;
import org.lumbar.contracts.progress.AlertRaised;
import org.lumbar.contracts.session.PainReported;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.KafkaEvents.SeenEvent;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class AlertFlowTest {

    private static final String CLINIC = "clinic-alerts";

    @Inject
    InactivityWatch inactivity;

    @Test
    void aRedFlagRaisesOneCriticalAlertPerEpisodeThatLastsUntilAClinicianResumesTheProgram() {
        Patient patient = Patient.fresh(CLINIC);
        LocalDate day = LocalDate.of(2026, 9, 7);
        UUID program = patient.assign(Schedule.daily(1), day);
        patient.awaitClinicKnown();
        UUID session = UUID.randomUUID();
        PainReported redFlag = patient.pain(session, day, null, 4, "during", null, List.of("numbness-tingling"));
        for (int i = 0; i < 3; i++) {
            KafkaEvents.publish(redFlag, patient.id, "red-flag-" + patient.id);
        }
        KafkaEvents.publish(patient.pain(session, day, "bird-dog", 5, "during", "ache", List.of("fever")), patient.id);
        KafkaEvents.publish(new org.lumbar.contracts.session.SessionCompleted(session, patient.id, program, 1, day, 3, 3,
                patient.at(day, 9)), patient.id);
        List<SeenEvent> raised = KafkaEvents.await(Topics.PROGRESS_EVENTS, 1,
                e -> patient.id.equals(e.key()) && e.type().equals("lumbar.progress.alert-raised.v1"));
        AlertRaised alert = raised.get(0).data(AlertRaised.class);
        assertThat(alert.rule()).isEqualTo("red-flag");
        assertThat(alert.severity()).isEqualTo("critical");
        assertThat(alert.clinicId()).isEqualTo(CLINIC);
        assertThat(alert.sessionId()).isEqualTo(session);
        assertThat(alert.reason()).isEqualTo("Red flag reported: numbness-tingling");
        assertThat(alert.ruleId()).isEqualTo("pain.red-flag.reported");
        assertThat(raised.get(0).subject()).isEqualTo(alert.alertId().toString());

        String clinician = Patient.clinician(CLINIC);
        given().header("Authorization", clinician).queryParam("patientId", patient.id)
                .when().get("/alerts")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(alert.alertId().toString()))
                .body("items[0].status", equalTo("open"));
        given().header("Authorization", patient.bearer()).when().get("/patients/me/summary")
                .then().body("openAlerts", equalTo(1));

        // a later clean session does not end it: the red flag paused the program until a clinician resumes it
        patient.session(program, day.plusDays(1), 3, 2, 3);
        Await.until(() -> given().header("Authorization", patient.bearer()).queryParam("week", "2026-W37")
                .get("/patients/me/adherence").then().body("completed", equalTo(2)));
        given().header("Authorization", clinician).queryParam("patientId", patient.id).get("/alerts").then()
                .body("total", equalTo(1)).body("items[0].status", equalTo("open"));
        patient.pausedAndResumed(program, Schedule.daily(1), day.plusDays(1));
        List<SeenEvent> cleared = KafkaEvents.await(Topics.PROGRESS_EVENTS, 1,
                e -> patient.id.equals(e.key()) && e.type().equals("lumbar.progress.alert-cleared.v1"));
        AlertCleared end = cleared.get(0).data(AlertCleared.class);
        assertThat(end.alertId()).isEqualTo(alert.alertId());
        assertThat(end.reason()).isEqualTo("A clinician resumed the program");
        assertThat(KafkaEvents.all(Topics.PROGRESS_EVENTS).stream()
                .filter(e -> patient.id.equals(e.key()) && e.type().equals("lumbar.progress.alert-raised.v1")))
                .as("one alert for the episode, however many reports").hasSize(1);
        given().header("Authorization", clinician).queryParam("patientId", patient.id).queryParam("status", "cleared")
                .when().get("/alerts")
                .then().body("total", equalTo(1)).body("items[0].clearedAt", notNullValue());
        given().header("Authorization", clinician).queryParam("patientId", patient.id)
                .when().get("/alerts")
                .then().body("total", equalTo(0));

        // a new red flag later is a new episode
        KafkaEvents.publish(patient.pain(UUID.randomUUID(), day.plusDays(2), null, 3, "before", null, List.of("after-fall")),
                patient.id);
        Await.until(() -> given().header("Authorization", clinician).queryParam("patientId", patient.id)
                .queryParam("status", "all").get("/alerts").then().body("total", equalTo(2))
                .body("items.status", contains("open", "cleared")));
    }

    @Test
    void theAlertFollowsTheRuleThatAnsweredThePatientAndNamesIt() {
        Patient patient = Patient.fresh(CLINIC);
        LocalDate day = LocalDate.of(2026, 9, 21);
        patient.assign(Schedule.daily(1), day);
        UUID session = UUID.randomUUID();
        // radiating pain into the leg at 4/10: session-service answered with the leg red flag
        KafkaEvents.publish(new org.lumbar.contracts.session.PainReported(session, patient.id, "cat-cow", 4, "during",
                "radiating", "leg", "left", List.of(), "pain.red-flag.leg", "stop-see-clinician", true,
                patient.at(day, 8)), patient.id);
        String clinician = Patient.clinician(CLINIC);
        Await.until(() -> given().header("Authorization", clinician).queryParam("patientId", patient.id)
                .get("/alerts").then().body("total", equalTo(1))
                .body("items[0].rule", equalTo("red-flag"))
                .body("items[0].severity", equalTo("critical"))
                .body("items[0].ruleId", equalTo("pain.red-flag.leg"))
                .body("items[0].reason", equalTo("Pain into the leg reported (cat-cow)")));
        // 8/10 ache: the severe-pain rule stopped the exercise, and the same threshold raises the alert
        KafkaEvents.publish(new org.lumbar.contracts.session.PainReported(session, patient.id, "pelvic-tilt", 8, "during",
                "ache", "back", null, List.of(), "pain.severe.during-exercise", "stop-exercise", true,
                patient.at(day, 8).plusSeconds(60)), patient.id);
        Await.until(() -> given().header("Authorization", clinician).queryParam("patientId", patient.id)
                .get("/alerts").then().body("total", equalTo(2))
                .body("items.ruleId", hasItem("pain.severe.during-exercise")));
    }

    @Test
    void severePainAndWarningPainOnTwoExercisesAreRaisedAndAcknowledgedByTheClinicOnly() {
        Patient patient = Patient.fresh(CLINIC);
        LocalDate day = LocalDate.of(2026, 9, 14);
        patient.assign(Schedule.daily(1), day);
        UUID session = UUID.randomUUID();
        KafkaEvents.publish(patient.pain(session, day, "bird-dog", 5, "during", "sharp", List.of()), patient.id);
        KafkaEvents.publish(patient.pain(session, day, "bird-dog", 6, "during", "sharp", List.of()), patient.id);
        KafkaEvents.publish(patient.pain(session, day, "glute-bridge", 7, "during", "stabbing", List.of()), patient.id);
        String clinician = Patient.clinician(CLINIC);
        Await.until(() -> given().header("Authorization", clinician).queryParam("patientId", patient.id)
                .get("/alerts").then().body("total", equalTo(2))
                .body("items.rule", contains("severe-pain", "warning-pain-several-exercises"))
                .body("items.severity", contains("critical", "high")));
        String alertId = given().header("Authorization", clinician).queryParam("patientId", patient.id)
                .queryParam("severity", "high").get("/alerts").then().extract().path("items[0].id");

        given().header("Authorization", Patient.clinician("clinic-elsewhere"))
                .when().post("/alerts/" + alertId + "/acknowledge").then().statusCode(404);
        given().header("Authorization", patient.bearer())
                .when().post("/alerts/" + alertId + "/acknowledge").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", clinician).when().post("/alerts/not-an-id/acknowledge").then().statusCode(404);
        JsonPath first = given().header("Authorization", clinician)
                .when().post("/alerts/" + alertId + "/acknowledge")
                .then().statusCode(200).body("status", equalTo("acknowledged")).extract().jsonPath();
        given().header("Authorization", Patient.clinician(CLINIC))
                .when().post("/alerts/" + alertId + "/acknowledge")
                .then().statusCode(200)
                .body("acknowledgedBy", equalTo(first.getString("acknowledgedBy")))
                .body("acknowledgedAt", equalTo(first.getString("acknowledgedAt")));
        given().header("Authorization", clinician).queryParam("patientId", patient.id).queryParam("status", "open")
                .get("/alerts").then().body("items.rule", contains("severe-pain"));
        given().header("Authorization", clinician).queryParam("patientId", patient.id).queryParam("status", "acknowledged")
                .get("/alerts").then().body("items.rule", contains("warning-pain-several-exercises"));
        given().header("Authorization", patient.bearer()).when().get("/alerts").then().statusCode(403);
        given().header("Authorization", clinician).queryParam("status", "closed").when().get("/alerts")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void weeklyPainUpTwoPointsFromTheBaselineRaisesAHighAlertThatClearsWhenItComesDown() {
        Patient patient = Patient.fresh(CLINIC);
        LocalDate baselineWeek = LocalDate.of(2026, 9, 21);
        UUID program = patient.assign(Schedule.daily(1), baselineWeek);
        patient.session(program, baselineWeek, 3, 2, 3);
        patient.session(program, baselineWeek.plusDays(1), 3, 2, 3);
        patient.session(program, baselineWeek.plusDays(7), 6, 4, 3);
        List<SeenEvent> raised = KafkaEvents.await(Topics.PROGRESS_EVENTS, 1,
                e -> patient.id.equals(e.key()) && e.type().equals("lumbar.progress.alert-raised.v1"));
        AlertRaised alert = raised.get(0).data(AlertRaised.class);
        assertThat(alert.rule()).isEqualTo("pain-increase");
        assertThat(alert.severity()).isEqualTo("high");
        assertThat(alert.reason())
                .isEqualTo("Weekly pain up 2 points or more: before sessions 6.0 against 3.0 in the baseline week");

        patient.session(program, baselineWeek.plusDays(8), 2, 2, 3);
        List<SeenEvent> cleared = KafkaEvents.await(Topics.PROGRESS_EVENTS, 1,
                e -> patient.id.equals(e.key()) && e.type().equals("lumbar.progress.alert-cleared.v1"));
        assertThat(cleared.get(0).data(AlertCleared.class).alertId()).isEqualTo(alert.alertId());
    }

    @Test
    void weeklyPainOfFiveAndUpOneRaisesALowAlert() {
        Patient patient = Patient.fresh(CLINIC);
        LocalDate baselineWeek = LocalDate.of(2026, 9, 28);
        UUID program = patient.assign(Schedule.daily(1), baselineWeek);
        patient.session(program, baselineWeek, 4, null, 3);
        patient.session(program, baselineWeek.plusDays(7), 5, null, 3);
        Await.until(() -> given().header("Authorization", Patient.clinician(CLINIC)).queryParam("patientId", patient.id)
                .get("/alerts").then().body("items.rule", contains("pain-elevated")).body("items.severity", contains("low")));
    }

    @Test
    void theInactivityCheckRaisesOnceAndACompletedSessionClears() {
        Patient patient = Patient.fresh(CLINIC);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID program = patient.assign(Schedule.daily(1), today.minusDays(20));
        String clinician = Patient.clinician(CLINIC);
        Await.until(() -> given().header("Authorization", patient.bearer()).get("/patients/me/summary")
                .then().body("last28Days.scheduled", equalTo(20)));

        inactivity.check(patient.id, Instant.now());
        inactivity.check(patient.id, Instant.now());
        given().header("Authorization", clinician).queryParam("patientId", patient.id).get("/alerts")
                .then().body("total", equalTo(2))
                .body("items.rule", containsInAnyOrder("inactive-14-days", "missed-sessions"));

        patient.completed(program, today, 3);
        Await.until(() -> given().header("Authorization", clinician).queryParam("patientId", patient.id).get("/alerts")
                .then().body("total", equalTo(0)));
        inactivity.check(patient.id, Instant.now());
        given().header("Authorization", clinician).queryParam("patientId", patient.id).queryParam("status", "all")
                .get("/alerts").then().body("total", equalTo(2)).body("items.status", contains("cleared", "cleared"));
        assertThat(KafkaEvents.await(Topics.PROGRESS_EVENTS, 2, e -> patient.id.equals(e.key())
                && e.type().equals("lumbar.progress.alert-cleared.v1"))).hasSize(2);
    }

    @Test
    void onlyCliniciansOfTheClinicSeeItsAlerts() {
        given().header("Authorization", DemoUser.DAN.bearer()).queryParam("status", "all").when().get("/alerts")
                .then().statusCode(200);
        given().header("Authorization", Patient.clinician("clinic-with-nothing")).queryParam("status", "all")
                .when().get("/alerts").then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", DemoUser.ERIN.bearer()).when().get("/alerts").then().statusCode(403);
        given().when().get("/alerts").then().statusCode(401);
    }
}
