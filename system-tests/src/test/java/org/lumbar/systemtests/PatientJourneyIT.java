package org.lumbar.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.ScreeningAnswers;
import org.lumbar.testing.TestRealm;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * One patient's journey across the four services over HTTP and Kafka: the catalog reaches program-service,
 * alice creates a Gentle Relief program, records a session, and analytics shows her week.
 */
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
}
