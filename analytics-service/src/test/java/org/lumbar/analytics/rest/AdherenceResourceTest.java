package org.lumbar.analytics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lumbar.contracts.program.ProgramAssigned;
import org.lumbar.contracts.program.ProgramChanged;
import org.lumbar.contracts.program.ProgramEnded;
import org.lumbar.contracts.program.ProgramItem;
import org.lumbar.contracts.program.Schedule;
import org.lumbar.contracts.session.MovementRecorded;
import org.lumbar.contracts.session.PainReported;
import org.lumbar.contracts.session.SessionCompleted;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class AdherenceResourceTest {

    private static final DemoUser ALICE = DemoUser.ALICE;

    private static UUID dailyProgram(DemoUser patient, LocalDate start) {
        UUID id = UUID.randomUUID();
        KafkaEvents.publish(new ProgramAssigned(id, 1, patient.id, patient.clinicId, null, "gentle-relief", "UTC", start, null,
                Schedule.daily(1), List.of(new ProgramItem("pelvic-tilt", 1, 10, null, false, null)), Instant.now()),
                patient.id);
        return id;
    }

    private static SessionCompleted completed(DemoUser patient, UUID program, LocalDate day, int done, int prescribed) {
        return new SessionCompleted(UUID.randomUUID(), patient.id, program, 1, day, done, prescribed,
                day.atTime(18, 0).toInstant(ZoneOffset.UTC));
    }

    private static PainReported pain(DemoUser patient, LocalDate day, String timing, int score) {
        return new PainReported(UUID.randomUUID(), patient.id, null, score, timing, null, null, null, List.of(), null, "continue", false,
                day.atTime(17, 0).toInstant(ZoneOffset.UTC));
    }

    @Test
    void walksAndStrengthSessionsCountTowardTheWeeklyMovementGoal() {
        org.lumbar.analytics.support.Patient patient = org.lumbar.analytics.support.Patient.fresh("clinic-movement");
        LocalDate monday = LocalDate.of(2026, 10, 12); // 2026-W42
        UUID program = patient.assign(Schedule.weekly(3, 4, true), monday);
        Instant walk = monday.atTime(7, 0).toInstant(ZoneOffset.UTC);
        UUID once = UUID.randomUUID();
        KafkaEvents.publish(new MovementRecorded(once, patient.id, "walk", 100, walk), patient.id, "walk-" + once);
        KafkaEvents.publish(new MovementRecorded(once, patient.id, "walk", 100, walk), patient.id, "walk-" + once);
        KafkaEvents.publish(new MovementRecorded(UUID.randomUUID(), patient.id, "cycle", 60, walk.plusSeconds(86_400)),
                patient.id);
        for (int day : new int[] { 0, 2 }) {
            KafkaEvents.publish(new SessionCompleted(UUID.randomUUID(), patient.id, program, 1, monday.plusDays(day), 6, 6,
                    monday.plusDays(day).atTime(18, 0).toInstant(ZoneOffset.UTC), true), patient.id);
        }
        // a session without strength work, and one that did too little to count, are not strength sessions
        KafkaEvents.publish(new SessionCompleted(UUID.randomUUID(), patient.id, program, 1, monday.plusDays(4), 3, 3,
                monday.plusDays(4).atTime(18, 0).toInstant(ZoneOffset.UTC), false), patient.id);
        KafkaEvents.publish(new SessionCompleted(UUID.randomUUID(), patient.id, program, 1, monday.plusDays(5), 1, 6,
                monday.plusDays(5).atTime(18, 0).toInstant(ZoneOffset.UTC), true), patient.id);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("Authorization", patient.bearer()).queryParam("week", "2026-W42")
                .get("/patients/me/adherence").then().statusCode(200)
                .body("completed", equalTo(3))
                .body("movement.aerobicMinutes", equalTo(160))
                .body("movement.aerobicGoalMinutes", equalTo(150))
                .body("movement.strengthSessions", equalTo(2))
                .body("movement.strengthGoalSessions", equalTo(2))
                .body("movement.met", equalTo(true)));
    }

    @Test
    void aWeekShowsScheduledCompletedAndMeanPainCountingARedeliveredEventOnce() {
        LocalDate wednesday = LocalDate.of(2026, 9, 30); // 2026-W40, Monday 28 September
        UUID program = dailyProgram(ALICE, wednesday);
        SessionCompleted full = completed(ALICE, program, wednesday, 3, 3);
        for (int i = 0; i < 3; i++) {
            KafkaEvents.publish(full, ALICE.id, "completed-once");
        }
        KafkaEvents.publish(completed(ALICE, program, wednesday.plusDays(1), 2, 3), ALICE.id);
        KafkaEvents.publish(pain(ALICE, wednesday, "before", 5), ALICE.id);
        KafkaEvents.publish(pain(ALICE, wednesday.plusDays(1), "before", 4), ALICE.id);
        KafkaEvents.publish(pain(ALICE, wednesday, "after", 2), ALICE.id);
        KafkaEvents.publish(pain(ALICE, wednesday, "during", 9), ALICE.id);

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("Authorization", ALICE.bearer())
                .queryParam("week", "2026-W40")
                .when().get("/patients/me/adherence")
                .then().statusCode(200)
                .body("patientId", equalTo(ALICE.id))
                .body("week", equalTo("2026-W40"))
                .body("scheduled", equalTo(5))
                .body("completed", equalTo(1))
                .body("adherence", equalTo(0.2f))
                .body("lowAdherence", equalTo(true))
                .body("doseAdherence", equalTo(0.83f))
                .body("painBefore", equalTo(4.5f))
                .body("painAfter", equalTo(2.0f)));
    }

    @Test
    void aPauseMidWeekAndAChangeArrivingBeforeTheAssignmentAreBothCounted() {
        DemoUser patient = DemoUser.BOB;
        LocalDate monday = LocalDate.of(2026, 10, 12); // 2026-W42
        UUID id = UUID.randomUUID();
        List<ProgramItem> items = List.of(new ProgramItem("pelvic-tilt", 1, 10, null, false, null));
        KafkaEvents.publish(new ProgramChanged(id, 2, patient.id, patient.clinicId, "PAUSED", "UTC", monday, null,
                monday.plusDays(3), Schedule.daily(1), items, "holiday", Instant.now()), patient.id);
        KafkaEvents.publish(new ProgramAssigned(id, 1, patient.id, patient.clinicId, null, null, "UTC", monday, null,
                Schedule.daily(1), items, Instant.now()), patient.id);

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("Authorization", patient.bearer())
                .queryParam("week", "2026-W42")
                .when().get("/patients/me/adherence")
                .then().statusCode(200)
                .body("scheduled", equalTo(3)));

        KafkaEvents.publish(new ProgramEnded(id, 3, patient.id, patient.clinicId, monday.plusDays(7), Instant.now()),
                patient.id);
        KafkaEvents.publish(new ProgramChanged(id, 4, patient.id, patient.clinicId, "ACTIVE", "UTC", monday, null,
                monday.plusDays(4), Schedule.daily(1), items, "back", Instant.now()), patient.id);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("Authorization", patient.bearer())
                .queryParam("week", "2026-W43")
                .when().get("/patients/me/adherence")
                .then().statusCode(200)
                .body("scheduled", equalTo(1)));
    }

    @Test
    void aWeekWithNothingScheduledHasNoAdherence() {
        given().header("Authorization", DemoUser.BOB.bearer())
                .queryParam("week", "2020-W10")
                .when().get("/patients/me/adherence")
                .then().statusCode(200)
                .body("scheduled", equalTo(0))
                .body("adherence", nullValue())
                .body("lowAdherence", equalTo(false));
    }

    @Test
    void onlyThePatientAndTheirClinicsCliniciansSeeIt() {
        dailyProgram(ALICE, LocalDate.of(2026, 10, 5));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("Authorization", DemoUser.CAROL.bearer())
                .when().get("/patients/" + ALICE.id + "/adherence")
                .then().statusCode(200));
        given().header("Authorization", DemoUser.BOB.bearer())
                .when().get("/patients/" + ALICE.id + "/adherence").then().statusCode(404);
        given().header("Authorization", DemoUser.DAN.bearer())
                .when().get("/patients/" + ALICE.id + "/adherence").then().statusCode(404);
        given().when().get("/patients/me/adherence").then().statusCode(401);
    }

    @Test
    void aMalformedWeekIsABadRequestNamingIt() {
        given().header("Authorization", ALICE.bearer())
                .queryParam("week", "2026-W99")
                .when().get("/patients/me/adherence")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("week"));
    }
}
