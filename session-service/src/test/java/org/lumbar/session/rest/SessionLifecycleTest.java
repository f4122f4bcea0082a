package org.lumbar.session.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.Topics;
import org.lumbar.contracts.session.SessionAbandoned;
import org.lumbar.session.SessionFixture;
import org.lumbar.session.recording.IdleSessions;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.KafkaEvents.SeenEvent;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class SessionLifecycleTest {

    @Inject
    IdleSessions idleSessions;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private UUID program;

    @BeforeEach
    void aliceHasAProgram() {
        SessionFixture.catalogIsKnown();
        program = SessionFixture.gentleReliefProgramOf(DemoUser.ALICE);
    }

    private static RequestSpecification as(DemoUser user) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON);
    }

    @Test
    void notesStayWithTheSessionAndAreNeverPublished() {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        as(DemoUser.ALICE).body("{\"text\":\"Lifted the laundry basket without a twinge\"}")
                .post("/sessions/" + id + "/notes").then().statusCode(201);
        as(DemoUser.ALICE).get("/sessions/" + id).then().statusCode(200)
                .body("notes.text", hasItem("Lifted the laundry basket without a twinge"));
        as(DemoUser.ALICE).post("/sessions/" + id + "/complete").then().statusCode(200);
        List<SeenEvent> events = KafkaEvents.await(Topics.SESSION_EVENTS, 2, e -> id.equals(e.subject()));
        assertThat(events).extracting(SeenEvent::value).noneMatch(v -> v.contains("laundry"));
    }

    @Test
    void aNoteWithANulCharacterIsRefusedNamingTheField() {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        as(DemoUser.ALICE).body("{\"text\":\"fine\\u0000\"}").post("/sessions/" + id + "/notes")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        as(DemoUser.ALICE).get("/sessions/" + id).then().body("notes", hasSize(0));
    }

    @Test
    void anAbandonedSessionIsPublishedAndTakesNoMoreSets() {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        as(DemoUser.ALICE).post("/sessions/" + id + "/abandon").then().statusCode(200)
                .body("state", equalTo("ABANDONED")).body("endReason", equalTo("patient"));
        as(DemoUser.ALICE).body("{\"exercise\":\"cat-cow\",\"setNumber\":1,\"reps\":10}")
                .post("/sessions/" + id + "/sets").then().statusCode(409);
        SeenEvent abandoned = KafkaEvents.await(Topics.SESSION_EVENTS, 1,
                e -> id.equals(e.subject()) && EventType.SESSION_ABANDONED.type().equals(e.type())).get(0);
        assertThat(abandoned.data(SessionAbandoned.class).reason()).isEqualTo("patient");
    }

    @Test
    void sessionsIdleLongerThanTheTimeoutAreAbandonedAutomatically() {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        assertThat(idleSessions.abandonIdleBefore(Instant.now().minusSeconds(3600))).isZero();
        assertThat(idleSessions.abandonIdleBefore(Instant.now().plusSeconds(1))).isPositive();
        as(DemoUser.ALICE).get("/sessions/" + id).then().body("state", equalTo("ABANDONED"))
                .body("endReason", equalTo("idle"));
    }

    @Test
    void theListShowsOwnSessionsAndToAClinicianThoseOfTheirClinicsPatient() {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        as(DemoUser.ALICE).get("/sessions").then().statusCode(200).body("items.id", hasItem(id));
        as(DemoUser.CAROL).queryParam("patientId", DemoUser.ALICE.id).get("/sessions").then().statusCode(200)
                .body("items.id", hasItem(id));
        as(DemoUser.DAN).queryParam("patientId", DemoUser.ALICE.id).get("/sessions").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as(DemoUser.BOB).get("/sessions").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(DemoUser.ALICE).queryParam("from", "2026-13-01").get("/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void anEntryTimeInTheFutureOrBeforeTheStartIsRejected() {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        as(DemoUser.ALICE).body("{\"exercise\":\"cat-cow\",\"setNumber\":1,\"reps\":10,\"occurredAt\":\""
                + Instant.now().plusSeconds(3600) + "\"}")
                .post("/sessions/" + id + "/sets").then().statusCode(422).body("errors[0].field", equalTo("occurredAt"));
        as(DemoUser.ALICE).body("{\"score\":2,\"timing\":\"before\",\"occurredAt\":\"" + Instant.now().minusSeconds(3600) + "\"}")
                .post("/sessions/" + id + "/pain").then().statusCode(422).body("errors[0].field", equalTo("occurredAt"));
        as(DemoUser.ALICE).get("/sessions/" + id).then().body("sets", hasSize(0)).body("pains", hasSize(0));
    }

    @Test
    void aSecondScreenFollowsTheSessionLive() throws Exception {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sessions/" + id + "/stream"))
                .header("Authorization", DemoUser.CAROL.bearer()).header("Accept", "text/event-stream").build();
        CompletableFuture<HttpResponse<java.io.InputStream>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.get(10, TimeUnit.SECONDS).body(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (Exception ignored) {
                // the stream ends when the test is over
            }
        });
        reader.setDaemon(true);
        reader.start();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(l -> l.contains("snapshot")));

        as(DemoUser.ALICE).body("{\"exercise\":\"pelvic-tilt\",\"setNumber\":1,\"reps\":11}")
                .post("/sessions/" + id + "/sets").then().statusCode(201);
        as(DemoUser.ALICE).body("{\"score\":6,\"timing\":\"during\",\"quality\":\"sharp\",\"exercise\":\"knee-to-chest\"}")
                .post("/sessions/" + id + "/pain").then().statusCode(201);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream()
                .anyMatch(l -> l.contains("\"kind\":\"set\"") && l.contains("\"reps\":11")));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream()
                .anyMatch(l -> l.contains("\"kind\":\"pain\"") && l.contains("knee-to-chest-towel")));
        response.cancel(true);
    }

    @Test
    void aStreamIsAuthorizedLikeTheSession() {
        String id = SessionFixture.startSession(DemoUser.ALICE, program);
        given().header("Authorization", DemoUser.BOB.bearer()).accept("text/event-stream")
                .get("/sessions/" + id + "/stream").then().statusCode(404);
        given().accept("text/event-stream").get("/sessions/" + id + "/stream").then().statusCode(401);
    }
}
