package org.lumbar.program.progression;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbar.commons.messaging.ProcessedEvent;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.Topics;
import org.lumbar.contracts.session.PainReported;
import org.lumbar.contracts.session.SessionCompleted;
import org.lumbar.contracts.session.SessionStarted;
import org.lumbar.contracts.session.SetCompleted;
import org.lumbar.program.CatalogFixture;
import org.lumbar.program.ScreeningFixture;
import org.lumbar.program.domain.ExercisePerformance;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Session events as session-service publishes them turn into proposals that make new program versions. */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class ProgressionFlowTest {

    private static final DemoUser ALICE = DemoUser.ALICE;

    @BeforeEach
    void catalogIsKnown() {
        CatalogFixture.publishGentleReliefExercises();
        ScreeningFixture.answeredNo(DemoUser.ALICE, DemoUser.BOB);
    }

    private static RequestSpecification alice() {
        return given().header("Authorization", ALICE.bearer()).contentType(ContentType.JSON);
    }

    private static UUID gentleRelief() {
        return UUID.fromString(alice().body("{\"templateId\":\"gentle-relief\"}").post("/programs")
                .then().statusCode(201).extract().path("id"));
    }

    private static UUID start(UUID program) {
        UUID session = UUID.randomUUID();
        KafkaEvents.publish(new SessionStarted(session, ALICE.id, program, 1, LocalDate.now(), Instant.now()), ALICE.id);
        return session;
    }

    private static void set(UUID session, String exercise, Integer reps, Integer hold) {
        KafkaEvents.publish(new SetCompleted(session, ALICE.id, exercise, 1, null, reps, hold, Instant.now()), ALICE.id);
    }

    private static void pain(UUID session, String exercise, int score, String quality) {
        KafkaEvents.publish(new PainReported(session, ALICE.id, exercise, score, "during", quality, null, null, List.of(), null, "continue",
                false, Instant.now()), ALICE.id);
    }

    private static void complete(UUID session, UUID program) {
        KafkaEvents.publish(new SessionCompleted(session, ALICE.id, program, 1, LocalDate.now(), 3, 3, Instant.now()),
                ALICE.id);
    }

    @Test
    void threeFullSessionsWithLittlePainProposeTheNextStepAndAcceptingMakesANewVersion() {
        UUID program = gentleRelief();
        for (int i = 0; i < 3; i++) {
            UUID session = start(program);
            set(session, "pelvic-tilt", 12, null);
            set(session, "cat-cow", 10, null);
            set(session, "knee-to-chest", 2, 30);
            pain(session, "cat-cow", 2, "ache");
            complete(session, program);
        }

        // mobility work gains reps within its range, never sets; the knee-to-chest stretch is at its seed dose
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> alice()
                .get("/programs/" + program + "/proposals").then().statusCode(200)
                .body("exercise", containsInAnyOrder("pelvic-tilt", "cat-cow"))
                .body("kind", containsInAnyOrder("MORE_REPS", "MORE_REPS"))
                .body("ruleId", containsInAnyOrder("progression.more-reps", "progression.more-reps")));

        String proposal = alice().get("/programs/" + program + "/proposals").then()
                .extract().path("find { it.exercise == 'pelvic-tilt' }.id");
        alice().post("/programs/" + program + "/proposals/" + proposal + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        alice().get("/programs/" + program).then().statusCode(200)
                .body("version", equalTo(2))
                .body("items.find { it.exercise == 'pelvic-tilt' }.reps", equalTo(12))
                .body("items.find { it.exercise == 'pelvic-tilt' }.sets", equalTo(1))
                .body("items.find { it.exercise == 'cat-cow' }.reps", equalTo(10));
        alice().get("/programs/" + program + "/proposals").then()
                .body("findAll { it.status == 'SUPERSEDED' }.exercise", containsInAnyOrder("cat-cow"));
        alice().post("/programs/" + program + "/proposals/" + proposal + "/accept").then().statusCode(409);
    }

    @Test
    void aRecordThatIsNotAValidEventIsParkedAndARepeatedEventCountsOnce() {
        UUID program = gentleRelief();
        double duplicatesBefore = completedDuplicates();
        for (int i = 0; i < 2; i++) {
            UUID session = start(program);
            fullDose(session);
            KafkaEvents.publishRaw(Topics.SESSION_EVENTS, ALICE.id, "{\"sessionId\":42}",
                    Map.of("ce_id", "poison-" + session, "ce_type", EventType.SET_COMPLETED.type(),
                            "ce_specversion", "1.0", "ce_source", "/tests"));
            String completed = "completed-" + session;
            SessionCompleted twice = new SessionCompleted(session, ALICE.id, program, 1, LocalDate.now(), 3, 3,
                    Instant.now());
            KafkaEvents.publish(twice, ALICE.id, completed);
            KafkaEvents.publish(twice, ALICE.id, completed);
        }
        var parked = KafkaEvents.await(Topics.deadLetter(Topics.SESSION_EVENTS), 2,
                e -> e.id() != null && e.id().startsWith("poison-"));
        assertThat(parked.get(0).headers()).containsKey("dead-letter-reason");
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> completedDuplicates() >= duplicatesBefore + 2);
        // two sessions, each counted once, are not enough for a proposal; a third is
        alice().get("/programs/" + program + "/proposals").then().statusCode(200).body("size()", equalTo(0));

        UUID third = start(program);
        fullDose(third);
        complete(third, program);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> alice()
                .get("/programs/" + program + "/proposals").then().statusCode(200)
                .body("kind", containsInAnyOrder("MORE_REPS", "MORE_REPS")));
    }

    @Test
    void aSetEventDeliveredAgainCountsOnceWithoutAProcessedEventRow() {
        UUID program = gentleRelief();
        UUID session = start(program);
        SetCompleted first = new SetCompleted(session, ALICE.id, "pelvic-tilt", 1, null, 12, null, Instant.now());
        String firstId = "set-" + session;
        KafkaEvents.publish(first, ALICE.id, firstId);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> setsAtDose(session, "pelvic-tilt") == 1);

        KafkaEvents.publish(first, ALICE.id, firstId);
        set(session, "pelvic-tilt", 12, null); // the same set number again, under an event id of its own
        KafkaEvents.publish(new SetCompleted(session, ALICE.id, "pelvic-tilt", 2, null, 12, null, Instant.now()),
                ALICE.id);
        // same record key, so it is applied after the three above, in their transaction or a later one
        set(session, "cat-cow", 10, null);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> setsAtDose(session, "cat-cow") == 1);

        assertThat(setsAtDose(session, "pelvic-tilt")).isEqualTo(2);
        ProcessedEvent processed = QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.findById(firstId));
        assertThat(processed).isNull();
    }

    private static int setsAtDose(UUID session, String exercise) {
        ExercisePerformance performance = QuarkusTransaction.requiringNew()
                .call(() -> ExercisePerformance.findById(new ExercisePerformance.Key(session, exercise)));
        return performance == null ? 0 : performance.setsAtDose;
    }

    private static double completedDuplicates() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("lumbar_events_duplicate_total{")
                        && line.contains("type=\"" + EventType.SESSION_COMPLETED.type() + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static void fullDose(UUID session) {
        set(session, "pelvic-tilt", 12, null);
        set(session, "cat-cow", 10, null);
        set(session, "knee-to-chest", 2, 30);
        pain(session, "cat-cow", 2, "ache");
    }

    @Test
    void twoSessionsAreNotEnoughAndAMissedDoseResetsNothingToPropose() {
        UUID program = gentleRelief();
        for (int i = 0; i < 3; i++) {
            UUID session = start(program);
            set(session, "pelvic-tilt", i == 1 ? 6 : 12, null);
            complete(session, program);
        }
        UUID marker = start(program);
        complete(marker, program);
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> alice()
                .get("/programs/" + program + "/proposals").then().statusCode(200).body("size()", equalTo(0)));
    }

    @Test
    void sharpPainProposesTheEasierVariantAndPainOnASecondExercisePausesTheProgram() {
        UUID program = gentleRelief();
        UUID session = start(program);
        pain(session, "knee-to-chest", 6, "sharp");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> alice()
                .get("/programs/" + program + "/proposals").then().statusCode(200)
                .body("targetExercise", hasItem("knee-to-chest-towel"))
                .body("ruleId", hasItem("regression.easier-variant")));
        pain(session, "cat-cow", 5, "ache"); // tolerable: nothing happens
        pain(session, "cat-cow", 5, "stabbing");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> alice()
                .get("/programs/" + program).then().statusCode(200)
                .body("status", equalTo("PAUSED"))
                .body("holdRule", equalTo("pain.several-exercises")));
        alice().get("/programs/" + program + "/plan").then().statusCode(200)
                .body("total", equalTo(0)).body("status", equalTo("PAUSED"))
                .body("holdReason", containsString("clinician"));
        // while it is paused a new program waits for a clinician too
        alice().body("{\"templateId\":\"gentle-relief\"}").post("/programs").then().statusCode(201)
                .body("status", equalTo("NEEDS_REVIEW")).body("holdRule", equalTo("pain.several-exercises"));
        given().header("Authorization", DemoUser.CAROL.bearer()).contentType(ContentType.JSON)
                .body("{\"reason\":\"Reviewed; easier variants from now on\"}").post("/programs/" + program + "/resume")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aRedFlagPausesTheProgramUntilAClinicianOfTheClinicResumesItWithAReason() {
        UUID program = gentleRelief();
        KafkaEvents.publish(new PainReported(start(program), ALICE.id, "cat-cow", 4, "during", "radiating", "leg",
                "left", List.of(), "pain.red-flag.leg", "stop-see-clinician", true, Instant.now()), ALICE.id);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> alice()
                .get("/programs/" + program).then().statusCode(200)
                .body("status", equalTo("PAUSED"))
                .body("holdRule", equalTo("pain.red-flag.leg"))
                .body("holdReason", containsString("into the leg")));
        alice().get("/programs/" + program + "/plan").then().body("total", equalTo(0)).body("days", hasSize(0));

        alice().post("/programs/" + program + "/resume").then().statusCode(403)
                .contentType("application/problem+json");
        RequestSpecification carol = given().header("Authorization", DemoUser.CAROL.bearer())
                .contentType(ContentType.JSON);
        RequestSpecification dan = given().header("Authorization", DemoUser.DAN.bearer()).contentType(ContentType.JSON);
        dan.body("{\"reason\":\"checked\"}").post("/programs/" + program + "/resume").then().statusCode(404);
        carol.post("/programs/" + program + "/resume").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().header("Authorization", DemoUser.CAROL.bearer()).contentType(ContentType.JSON)
                .body("{\"reason\":\"Seen in clinic: no nerve involvement\"}")
                .post("/programs/" + program + "/resume").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("holdRule", nullValue());
        alice().get("/programs/" + program + "/versions").then()
                .body("find { it.status == 'PAUSED' }.createdBy", equalTo("lumbar-rule-book"))
                .body("find { it.version == 3 }.reason", equalTo("Seen in clinic: no nerve involvement"));
        alice().get("/programs/" + program + "/plan").then().body("total", greaterThan(0));
    }

    @Test
    void acceptingTheEasierVariantSwapsTheExercise() {
        UUID program = gentleRelief();
        pain(start(program), "knee-to-chest", 6, "sharp");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> alice()
                .get("/programs/" + program + "/proposals").then().body("size()", equalTo(1)));
        String easier = alice().get("/programs/" + program + "/proposals").then().extract().path("[0].id");
        alice().post("/programs/" + program + "/proposals/" + easier + "/accept").then().statusCode(200);
        alice().get("/programs/" + program).then()
                .body("items.exercise", equalTo(List.of("pelvic-tilt", "cat-cow", "knee-to-chest-towel")))
                .body("items[2].holdSeconds", equalTo(30))
                .body("items[2].reps", equalTo(2))
                .body("items[2].sets", equalTo(1));
    }

    @Test
    void anotherPatientCannotDecideOnTheProposals() {
        UUID program = gentleRelief();
        pain(start(program), "knee-to-chest", 7, "stabbing");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> alice()
                .get("/programs/" + program + "/proposals").then().body("size()", equalTo(1)));
        String id = alice().get("/programs/" + program + "/proposals").then().extract().path("[0].id");
        given().header("Authorization", DemoUser.BOB.bearer()).contentType(ContentType.JSON)
                .post("/programs/" + program + "/proposals/" + id + "/accept").then().statusCode(404);
    }
}
