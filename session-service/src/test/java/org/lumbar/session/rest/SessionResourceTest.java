package org.lumbar.session.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.Topics;
import org.lumbar.contracts.program.ProgramChanged;
import org.lumbar.contracts.program.ProgramItem;
import org.lumbar.contracts.program.Schedule;
import org.lumbar.contracts.session.SessionCompleted;
import org.lumbar.session.SessionFixture;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.KafkaEvents.SeenEvent;
import org.lumbar.testing.LumbarServiceResource;
import org.lumbar.testing.TestRealmResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
@QuarkusTestResource(TestRealmResource.class) // session-service's own tokens for program-service, in every test
class SessionResourceTest {

    private UUID program;

    @BeforeEach
    void aliceHasAProgram() {
        SessionFixture.catalogIsKnown();
        program = SessionFixture.gentleReliefProgramOf(DemoUser.ALICE);
    }

    private static RequestSpecification as(DemoUser user) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON);
    }

    private static String set(String exercise, int number, int reps) {
        return "{\"exercise\":\"" + exercise + "\",\"setNumber\":" + number + ",\"reps\":" + reps + "}";
    }

    @Test
    void aWholeSessionIsRecordedAndPublishedInOrder() {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        as(DemoUser.ALICE).body("{\"score\":4,\"timing\":\"before\"}").post("/sessions/" + id + "/pain")
                .then().statusCode(201).body("guidance.action", equalTo("continue"));
        as(DemoUser.ALICE).body(set("pelvic-tilt", 1, 12)).post("/sessions/" + id + "/sets").then().statusCode(201);
        as(DemoUser.ALICE).body(set("cat-cow", 1, 10)).post("/sessions/" + id + "/sets").then().statusCode(201);
        as(DemoUser.ALICE).body("{\"exercise\":\"knee-to-chest\",\"setNumber\":1,\"reps\":2,\"holdSeconds\":30}")
                .post("/sessions/" + id + "/sets").then().statusCode(201);
        as(DemoUser.ALICE).body("{\"score\":2,\"timing\":\"after\",\"quality\":\"soreness\"}")
                .post("/sessions/" + id + "/pain").then().statusCode(201);
        as(DemoUser.ALICE).post("/sessions/" + id + "/complete")
                .then().statusCode(200)
                .body("state", equalTo("COMPLETED"))
                .body("setsCompleted", equalTo(3))
                .body("setsPrescribed", equalTo(3))
                .body("painBefore", equalTo(4))
                .body("painAfter", equalTo(2));

        List<SeenEvent> events = KafkaEvents.await(Topics.SESSION_EVENTS, 7, e -> id.equals(e.subject()));
        assertThat(events).extracting(SeenEvent::type).containsExactly(
                EventType.SESSION_STARTED.type(), EventType.PAIN_REPORTED.type(), EventType.SET_COMPLETED.type(),
                EventType.SET_COMPLETED.type(), EventType.SET_COMPLETED.type(), EventType.PAIN_REPORTED.type(),
                EventType.SESSION_COMPLETED.type());
        assertThat(events).extracting(SeenEvent::key).containsOnly(DemoUser.ALICE.id);
        // time-ordered ids (UUIDv7): the consumers' processed_event and the outbox insert at the end of their indexes
        assertThat(events).extracting(e -> UUID.fromString(e.id()).version()).containsOnly(7);
        assertThat(events).extracting(SeenEvent::id).isSorted();
        assertThat(UUID.fromString(id).version()).isEqualTo(7);
        SessionCompleted completed = events.get(6).data(SessionCompleted.class);
        assertThat(completed.setsCompleted()).isEqualTo(3);
        assertThat(completed.programId()).isEqualTo(program);
    }

    @Test
    void aRepeatedSetWithTheSameIdempotencyKeyIsRecordedOnceAndAnsweredTheSame() {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        String first = as(DemoUser.ALICE).header("Idempotency-Key", "set-abc").body(set("pelvic-tilt", 1, 10))
                .post("/sessions/" + id + "/sets").then().statusCode(201).extract().path("id");
        String again = as(DemoUser.ALICE).header("Idempotency-Key", "set-abc").body(set("pelvic-tilt", 1, 10))
                .post("/sessions/" + id + "/sets").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(again).isEqualTo(first);
        as(DemoUser.ALICE).get("/sessions/" + id).then().body("sets", hasSize(1));
        as(DemoUser.ALICE).post("/sessions/" + id + "/complete").then().statusCode(200);
        List<SeenEvent> events = KafkaEvents.await(Topics.SESSION_EVENTS, 3, e -> id.equals(e.subject()));
        assertThat(events).filteredOn(e -> EventType.SET_COMPLETED.type().equals(e.type())).hasSize(1);
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsAConflict() {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        as(DemoUser.ALICE).header("Idempotency-Key", "set-xyz").body(set("pelvic-tilt", 1, 10))
                .post("/sessions/" + id + "/sets").then().statusCode(201);
        as(DemoUser.ALICE).header("Idempotency-Key", "set-xyz").body(set("pelvic-tilt", 2, 10))
                .post("/sessions/" + id + "/sets").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theSameSetTwiceWithoutAKeyIsAConflict() {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        as(DemoUser.ALICE).body(set("cat-cow", 1, 10)).post("/sessions/" + id + "/sets").then().statusCode(201);
        as(DemoUser.ALICE).body(set("cat-cow", 1, 10)).post("/sessions/" + id + "/sets").then().statusCode(409);
    }

    @Test
    void aCompletedSessionTakesNoMoreSetsAndCannotBeCompletedAgain() {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        as(DemoUser.ALICE).post("/sessions/" + id + "/complete").then().statusCode(200);
        as(DemoUser.ALICE).body(set("pelvic-tilt", 1, 10)).post("/sessions/" + id + "/sets")
                .then().statusCode(409).contentType("application/problem+json");
        as(DemoUser.ALICE).post("/sessions/" + id + "/complete").then().statusCode(409);
    }

    @Test
    void sharpPainSuggestsTheEasierVariantAndSharpPainOnASecondExerciseSaysSeeAClinician() {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        as(DemoUser.ALICE).body("{\"score\":6,\"timing\":\"during\",\"quality\":\"sharp\",\"exercise\":\"knee-to-chest\"}")
                .post("/sessions/" + id + "/pain")
                .then().statusCode(201)
                .body("guidance.action", equalTo("modify"))
                .body("guidance.modification", equalTo("knee-to-chest-towel"))
                .body("guidance.message", containsString("Towel-assisted knee-to-chest"))
                .body("guidance.alert", equalTo(false));
        as(DemoUser.ALICE).body("{\"score\":6,\"timing\":\"during\",\"quality\":\"stabbing\",\"exercise\":\"cat-cow\"}")
                .post("/sessions/" + id + "/pain")
                .then().statusCode(201)
                .body("guidance.action", equalTo("stop-see-clinician"))
                .body("guidance.alert", equalTo(true));
    }

    @Test
    void aRedFlagSaysStopAndSeeAClinicianAndMarksTheEvent() {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        as(DemoUser.ALICE).body("{\"score\":5,\"timing\":\"before\",\"redFlags\":[\"numbness-tingling\"]}")
                .post("/sessions/" + id + "/pain")
                .then().statusCode(201)
                .body("guidance.action", equalTo("stop-see-clinician"))
                .body("guidance.alert", equalTo(true));
        SeenEvent pain = KafkaEvents.await(Topics.SESSION_EVENTS, 1,
                e -> id.equals(e.subject()) && EventType.PAIN_REPORTED.type().equals(e.type())).get(0);
        assertThat(pain.value()).contains("\"alert\":true");
    }

    @Test
    void severePainOfAnyQualityStopsTheExerciseAndNamesTheRule() {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        as(DemoUser.ALICE).body("{\"score\":8,\"timing\":\"during\",\"quality\":\"ache\",\"exercise\":\"cat-cow\"}")
                .post("/sessions/" + id + "/pain")
                .then().statusCode(201)
                .body("guidance.action", equalTo("stop-exercise"))
                .body("guidance.ruleId", equalTo("pain.severe.during-exercise"))
                .body("guidance.alert", equalTo(true));
    }

    @Test
    void radiatingPainIntoTheLegStopsTheSessionAndTheEventCarriesTheRule() {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        as(DemoUser.ALICE).body("{\"score\":4,\"timing\":\"during\",\"quality\":\"radiating\",\"exercise\":\"cat-cow\","
                + "\"location\":\"leg\",\"side\":\"left\"}")
                .post("/sessions/" + id + "/pain")
                .then().statusCode(201)
                .body("guidance.action", equalTo("stop-see-clinician"))
                .body("guidance.ruleId", equalTo("pain.red-flag.leg"))
                .body("guidance.message", containsString("into the leg"))
                .body("side", equalTo("left"))
                .body("guidance.alert", equalTo(true));
        SeenEvent pain = KafkaEvents.await(Topics.SESSION_EVENTS, 1,
                e -> id.equals(e.subject()) && EventType.PAIN_REPORTED.type().equals(e.type())).get(0);
        assertThat(pain.value()).contains("\"ruleId\":\"pain.red-flag.leg\"").contains("\"guidance\":\"stop-see-clinician\"");
    }

    @Test
    void mildSorenessAfterwardsIsRecordedAndStopsNothing() {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        as(DemoUser.ALICE).body("{\"score\":3,\"timing\":\"after\",\"quality\":\"soreness\",\"location\":\"back\"}")
                .post("/sessions/" + id + "/pain")
                .then().statusCode(201)
                .body("guidance.action", equalTo("continue"))
                .body("guidance.ruleId", equalTo("pain.mild-soreness"))
                .body("guidance.alert", equalTo(false));
    }

    @Test
    void invalidInputIsABadRequestNamingTheFieldAndStoresNothing() {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        as(DemoUser.ALICE).body("{\"score\":11,\"timing\":\"before\"}").post("/sessions/" + id + "/pain")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("score"));
        as(DemoUser.ALICE).body("{\"score\":3,\"timing\":\"later\"}").post("/sessions/" + id + "/pain")
                .then().statusCode(400).body("errors[0].field", equalTo("timing"));
        as(DemoUser.ALICE).body("{\"score\":3,\"timing\":\"during\",\"quality\":\"burning\"}").post("/sessions/" + id + "/pain")
                .then().statusCode(400).body("errors[0].field", equalTo("quality"));
        as(DemoUser.ALICE).body("{\"score\":\"three\",\"timing\":\"during\"}").post("/sessions/" + id + "/pain")
                .then().statusCode(400).body("errors[0].field", equalTo("score"));
        as(DemoUser.ALICE).body("{\"score\":3,\"timing\":\"during\",\"location\":\"knee\"}").post("/sessions/" + id + "/pain")
                .then().statusCode(400).body("errors[0].field", equalTo("location"));
        as(DemoUser.ALICE).body("{\"score\":3,\"timing\":\"during\",\"location\":\"leg\",\"side\":\"up\"}")
                .post("/sessions/" + id + "/pain").then().statusCode(400).body("errors[0].field", equalTo("side"));
        as(DemoUser.ALICE).body(set("pelvic-tilt", 0, 10)).post("/sessions/" + id + "/sets")
                .then().statusCode(400).body("errors[0].field", equalTo("setNumber"));
        as(DemoUser.ALICE).body(set("pelvic-tilt", 1, 201)).post("/sessions/" + id + "/sets")
                .then().statusCode(400).body("errors[0].field", equalTo("reps"));
        as(DemoUser.ALICE).body(set("bird-dog", 1, 10)).post("/sessions/" + id + "/sets")
                .then().statusCode(422).body("errors[0].field", equalTo("exercise"));
        as(DemoUser.ALICE).body("{\"exercise\":\"cat-cow\",\"setNumber\":1,\"reps\":5,\"speed\":9}")
                .post("/sessions/" + id + "/sets")
                .then().statusCode(400).body("errors[0].field", equalTo("speed"));
        as(DemoUser.ALICE).get("/sessions/" + id).then().body("sets", hasSize(0)).body("pains", hasSize(0));
    }

    @Test
    void onlyThePatientAndTheirClinicsCliniciansSeeASession() {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        as(DemoUser.BOB).get("/sessions/" + id).then().statusCode(404);
        as(DemoUser.DAN).get("/sessions/" + id).then().statusCode(404);
        as(DemoUser.CAROL).get("/sessions/" + id).then().statusCode(200).body("patientId", equalTo(DemoUser.ALICE.id));
        as(DemoUser.BOB).body(set("pelvic-tilt", 1, 10)).post("/sessions/" + id + "/sets").then().statusCode(404);
    }

    @Test
    void aPausedProgramStartsNoLiveSessionButAnOfflineOneIsStillRecorded() {
        UUID paused = SessionFixture.gentleReliefProgramOf(DemoUser.BOB);
        KafkaEvents.publish(new ProgramChanged(paused, 2, DemoUser.BOB.id, DemoUser.BOB.clinicId, "PAUSED", "UTC",
                LocalDate.now(), null, LocalDate.now(), Schedule.daily(1),
                List.of(new ProgramItem("cat-cow", 1, 10, null, false, null)),
                "Paused by rule pain.red-flag.leg until a clinician resumes it", Instant.now()), DemoUser.BOB.id);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(DemoUser.BOB)
                .body("{\"programId\":\"" + paused + "\"}").post("/sessions").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("pain.red-flag.leg")));
        as(DemoUser.BOB).body("{\"id\":\"" + UUID.randomUUID() + "\",\"programId\":\"" + paused + "\",\"startedAt\":\""
                + Instant.now().minus(Duration.ofHours(3)) + "\",\"completedAt\":\"" + Instant.now().minus(Duration.ofHours(2))
                + "\"}").post("/sessions/offline").then().statusCode(201);
    }

    @Test
    void aNewProgramVersionFromProgramEventsIsWhatTheNextSessionFollows() {
        KafkaEvents.publish(new ProgramChanged(program, 2, DemoUser.ALICE.id, DemoUser.ALICE.clinicId, "ACTIVE", "UTC",
                LocalDate.now(), null, LocalDate.now(), Schedule.daily(1),
                List.of(new ProgramItem("cat-cow", 2, 12, null, false, null)), "simpler", Instant.now()),
                DemoUser.ALICE.id);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(DemoUser.ALICE)
                .body("{\"programId\":\"" + program + "\"}").post("/sessions").then().statusCode(201)
                .body("programVersion", equalTo(2)).body("setsPrescribed", equalTo(2)));
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        as(DemoUser.ALICE).body(set("pelvic-tilt", 1, 10)).post("/sessions/" + id + "/sets").then().statusCode(422);
    }

    @Test
    void anotherPatientsProgramCannotBeFollowed() {
        as(DemoUser.BOB).body("{\"programId\":\"" + program + "\"}").post("/sessions").then().statusCode(404);
    }

    /** The service token is obtained (TestRealmResource), but program-service does not answer. */
    @Test
    void aProgramUnknownHereAndUnreachableIsServiceUnavailable() {
        as(DemoUser.ALICE).body("{\"programId\":\"" + UUID.randomUUID() + "\"}").post("/sessions")
                .then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void writesNeedAToken() {
        given().contentType(ContentType.JSON).body("{}").post("/sessions").then().statusCode(401);
    }
}
