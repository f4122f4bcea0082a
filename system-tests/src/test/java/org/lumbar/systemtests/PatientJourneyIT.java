package org.lumbar.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lumbar.contracts.AsyncApiDocument;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.Topics;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.ScreeningAnswers;
import org.lumbar.testing.TestRealm;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * One patient's journey across the four services over HTTP and Kafka: the catalog reaches program-service,
 * alice creates a Gentle Relief program, records a session, and analytics shows her week; and every record the
 * services publish on the way is a message of the AsyncAPI document. In that order: the first needs the platform
 * cold (a session started before program.events reaches session-service), the last reads what the others published.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PatientJourneyIT {

    private static LumbarPlatform platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = LumbarPlatform.start();
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    private static RequestSpecification alice(String service) {
        return as(DemoUser.ALICE, service);
    }

    private static RequestSpecification bob(String service) {
        return as(DemoUser.BOB, service);
    }

    private static RequestSpecification as(DemoUser user, String service) {
        return given().baseUri(platform.url(service)).header("Authorization", user.bearer())
                .contentType(ContentType.JSON);
    }

    /**
     * A session started the moment its program is created usually comes before program.events does: session-service
     * then asks program-service with its own client-credentials token (from the test token endpoint), never the
     * patient's, and still refuses a program that is someone else's.
     */
    @Test
    @Order(1)
    void aProgramNotHeardOfYetIsFetchedWithSessionServicesOwnTokenAndOnlyForItsPatient() {
        for (int attempt = 0; attempt < 5 && TestRealm.shared().tokensIssued() == 0; attempt++) {
            String program = as(DemoUser.BOB, "program-service").body(ScreeningAnswers.programFrom("daily-back-care"))
                    .post("/programs").then().statusCode(201).extract().path("id");
            as(DemoUser.BOB, "session-service").body("{\"programId\":\"" + program + "\"}")
                    .post("/sessions").then().statusCode(201).body("programVersion", equalTo(1));
        }
        assertThat(TestRealm.shared().tokensIssued())
                .as("client-credentials tokens session-service obtained to ask program-service").isPositive();

        String bobs = as(DemoUser.BOB, "program-service").body(ScreeningAnswers.programFrom("gentle-relief"))
                .post("/programs").then().statusCode(201).extract().path("id");
        alice("session-service").body("{\"programId\":\"" + bobs + "\"}").post("/sessions").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @Order(2)
    void aliceFollowsGentleReliefAndSeesHerWeek() {
        alice("catalog-service").get("/exercises/knee-to-chest").then().statusCode(200);

        String program = alice("program-service").body(ScreeningAnswers.programFrom("gentle-relief"))
                .post("/programs").then().statusCode(201).extract().path("id");
        String session = alice("session-service").body("{\"programId\":\"" + program + "\"}")
                .post("/sessions").then().statusCode(201).extract().path("id");
        String sessionPath = "/sessions/" + session;

        alice("session-service").body("{\"score\":5,\"timing\":\"before\",\"quality\":\"ache\"}")
                .post(sessionPath + "/pain").then().statusCode(201).body("guidance.action", equalTo("continue"));
        alice("session-service").header("Idempotency-Key", session + "-1")
                .body("{\"exercise\":\"pelvic-tilt\",\"setNumber\":1,\"reps\":12}")
                .post(sessionPath + "/sets").then().statusCode(201);
        alice("session-service").header("Idempotency-Key", session + "-1")
                .body("{\"exercise\":\"pelvic-tilt\",\"setNumber\":1,\"reps\":12}")
                .post(sessionPath + "/sets").then().statusCode(201).header("Idempotent-Replayed", "true");
        alice("session-service").body("{\"exercise\":\"cat-cow\",\"setNumber\":1,\"reps\":10}")
                .post(sessionPath + "/sets").then().statusCode(201);
        alice("session-service").body("{\"exercise\":\"knee-to-chest\",\"setNumber\":1,\"reps\":2,\"holdSeconds\":30}")
                .post(sessionPath + "/sets").then().statusCode(201);
        alice("session-service").body("{\"score\":3,\"timing\":\"after\",\"quality\":\"soreness\"}")
                .post(sessionPath + "/pain").then().statusCode(201);
        alice("session-service").post(sessionPath + "/complete").then().statusCode(200)
                .body("setsCompleted", equalTo(3));

        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                alice("analytics-service").get("/patients/me/adherence").then().statusCode(200)
                        .body("completed", equalTo(1))
                        .body("painBefore", equalTo(5.0f))
                        .body("painAfter", equalTo(3.0f)));

        given().baseUri(platform.url("program-service")).header("Authorization", DemoUser.BOB.bearer())
                .get("/programs/" + program).then().statusCode(404);
        given().baseUri(platform.url("session-service")).header("Authorization", DemoUser.BOB.bearer())
                .get(sessionPath).then().statusCode(404);
        given().baseUri(platform.url("analytics-service")).header("Authorization", DemoUser.BOB.bearer())
                .get("/patients/" + DemoUser.ALICE.id + "/adherence").then().statusCode(404);
    }

    /**
     * Every record on every topic, whichever service published it, is one of the AsyncAPI document's messages: its
     * channel, CloudEvents headers, key and data. Bob's sessions below make ten of the thirteen event types happen (his
     * own patient, so that alice's figures in the journey above stay hers).
     */
    @Test
    @Order(3)
    void everyRecordTheServicesPublishIsAMessageOfTheAsyncApiDocument() {
        String program = bob("program-service").body(ScreeningAnswers.programFrom("gentle-relief"))
                .post("/programs").then().statusCode(201).extract().path("id");
        String completed = startSession(program);
        bob("session-service").body("{\"exercise\":\"pelvic-tilt\",\"setNumber\":1,\"reps\":10}")
                .post("/sessions/" + completed + "/sets").then().statusCode(201);
        bob("session-service").post("/sessions/" + completed + "/complete").then().statusCode(200);
        String abandoned = startSession(program);
        bob("session-service").body("{\"exercise\":\"cat-cow\",\"setNumber\":1,\"reps\":10}")
                .post("/sessions/" + abandoned + "/sets").then().statusCode(201);
        bob("session-service").post("/sessions/" + abandoned + "/abandon").then().statusCode(200);
        bob("session-service").body("{\"kind\":\"walk\",\"minutes\":20}").post("/activities").then().statusCode(201);
        String redFlag = startSession(program);
        bob("session-service")
                .body("{\"score\":4,\"timing\":\"during\",\"quality\":\"radiating\",\"exercise\":\"pelvic-tilt\","
                        + "\"location\":\"leg\",\"side\":\"left\"}")
                .post("/sessions/" + redFlag + "/pain").then().statusCode(201)
                .body("guidance.action", equalTo("stop-see-clinician"));

        Set<String> expected = new TreeSet<>(List.of(EventType.EXERCISE_PUBLISHED.type(), EventType.PROGRAM_ASSIGNED.type(),
                EventType.PROGRAM_CHANGED.type(), EventType.SESSION_STARTED.type(), EventType.SET_COMPLETED.type(),
                EventType.SESSION_COMPLETED.type(), EventType.SESSION_ABANDONED.type(), EventType.MOVEMENT_RECORDED.type(),
                EventType.PAIN_REPORTED.type(), EventType.ALERT_RAISED.type()));
        Map<String, List<KafkaEvents.SeenEvent>> records = new TreeMap<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Topics.ALL.forEach(topic -> records.put(topic, KafkaEvents.all(topic)));
            assertThat(records.values().stream().flatMap(List::stream).map(KafkaEvents.SeenEvent::type).toList())
                    .containsAll(expected);
        });

        AsyncApiDocument document = AsyncApiDocument.load();
        Map<String, Set<String>> violations = new TreeMap<>();
        records.forEach((topic, events) -> {
            for (int index = 0; index < events.size(); index++) {
                KafkaEvents.SeenEvent event = events.get(index);
                if (event.headers().containsKey(LumbarPlatform.INJECTED_BY_TEST)) {
                    continue; // another test's poison record: not published by a service
                }
                Set<String> wrong = document.recordViolations(topic, event.key(), event.headers(), event.value());
                if (!wrong.isEmpty()) {
                    violations.put(topic + " record " + index + " " + event.type(), wrong);
                }
            }
        });
        assertThat(violations).as("records on %s that break the AsyncAPI document", Topics.ALL).isEmpty();
        assertThat(records.values().stream().mapToInt(List::size).sum()).isGreaterThan(expected.size());
    }

    private static String startSession(String program) {
        return bob("session-service").body("{\"programId\":\"" + program + "\"}").post("/sessions").then()
                .statusCode(201).extract().path("id");
    }
}
