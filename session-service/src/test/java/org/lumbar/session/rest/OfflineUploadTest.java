package org.lumbar.session.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.Topics;
import org.lumbar.contracts.session.SetCompleted;
import org.lumbar.session.SessionFixture;
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
class OfflineUploadTest {

    private static final Instant START = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    private UUID program;

    @BeforeEach
    void aliceHasAProgram() {
        SessionFixture.catalogIsKnown();
        program = SessionFixture.gentleReliefProgramOf(DemoUser.ALICE);
    }

    private static RequestSpecification alice() {
        return given().header("Authorization", DemoUser.ALICE.bearer()).contentType(ContentType.JSON);
    }

    private static String at(int minutes) {
        return "\"" + START.plus(minutes, ChronoUnit.MINUTES) + "\"";
    }

    private String session(UUID id, String setsJson) {
        return "{\"id\":\"" + id + "\",\"programId\":\"" + program + "\",\"startedAt\":" + at(0) + ","
                + "\"pains\":[{\"id\":\"" + UUID.randomUUID() + "\",\"score\":4,\"timing\":\"before\",\"occurredAt\":" + at(1) + "},"
                + "{\"id\":\"" + UUID.randomUUID() + "\",\"score\":2,\"timing\":\"after\",\"occurredAt\":" + at(20) + "}],"
                + "\"sets\":" + setsJson + ","
                + "\"notes\":[{\"id\":\"" + UUID.randomUUID() + "\",\"text\":\"Slept through the night\",\"occurredAt\":" + at(21) + "}],"
                + "\"completedAt\":" + at(22) + "}";
    }

    private static String set(String exercise, int minute, String extra) {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"exercise\":\"" + exercise + "\",\"setNumber\":1,"
                + "\"occurredAt\":" + at(minute) + "," + extra + "}";
    }

    @Test
    void aWholeSessionIsAppliedOnceWithItsOriginalTimesAndInOrder() {
        UUID id = UUID.randomUUID();
        // listed out of order on purpose: events must follow the times, not the list
        String body = session(id, "[" + set("knee-to-chest", 12, "\"reps\":2,\"holdSeconds\":30") + ","
                + set("pelvic-tilt", 5, "\"reps\":12") + "," + set("cat-cow", 8, "\"reps\":10") + "]");

        alice().body(body).post("/sessions/offline").then().statusCode(201)
                .body("state", equalTo("COMPLETED"))
                .body("setsCompleted", equalTo(3))
                .body("painBefore", equalTo(4))
                .body("painAfter", equalTo(2))
                .body("notes", hasSize(1))
                .body("startedAt", equalTo(START.toString()));
        alice().body(body).post("/sessions/offline").then().statusCode(200)
                .body("sets", hasSize(3)).body("pains", hasSize(2)).body("notes", hasSize(1));

        List<SeenEvent> events = KafkaEvents.await(Topics.SESSION_EVENTS, 7, e -> id.toString().equals(e.subject()));
        assertThat(events).hasSize(7);
        assertThat(events).extracting(SeenEvent::type).containsExactly(EventType.SESSION_STARTED.type(),
                EventType.PAIN_REPORTED.type(), EventType.SET_COMPLETED.type(), EventType.SET_COMPLETED.type(),
                EventType.SET_COMPLETED.type(), EventType.PAIN_REPORTED.type(), EventType.SESSION_COMPLETED.type());
        assertThat(events.get(2).data(SetCompleted.class).exercise()).isEqualTo("pelvic-tilt");
        assertThat(events.get(2).data(SetCompleted.class).occurredAt()).isEqualTo(START.plus(5, ChronoUnit.MINUTES));
        assertThat(events.get(6).headers().get("ce_time")).startsWith(START.plus(22, ChronoUnit.MINUTES).toString()
                .substring(0, 16));
    }

    @Test
    void oneBadEntryRejectsTheWholeUploadAndStoresNothing() {
        UUID id = UUID.randomUUID();
        String body = session(id, "[" + set("pelvic-tilt", 5, "\"reps\":12") + ","
                + set("bird-dog", 8, "\"reps\":10") + "]");
        alice().body(body).post("/sessions/offline").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sets[1].exercise"));
        alice().get("/sessions/" + id).then().statusCode(404);
    }

    @Test
    void entriesMustCarryValidValuesTheirIdAndATimeInsideTheSession() {
        alice().body(session(UUID.randomUUID(), "[" + set("pelvic-tilt", 5, "\"reps\":0") + "]"))
                .post("/sessions/offline").then().statusCode(400).body("errors[0].field", equalTo("sets[0].reps"));
        alice().body(session(UUID.randomUUID(), "[" + set("pelvic-tilt", -5, "\"reps\":10") + "]"))
                .post("/sessions/offline").then().statusCode(422).body("errors[0].field", equalTo("sets[0].occurredAt"));
        alice().body(session(UUID.randomUUID(), "[{\"exercise\":\"pelvic-tilt\",\"setNumber\":1,\"reps\":10}]"))
                .post("/sessions/offline").then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void anotherPatientCannotTakeOverASessionId() {
        UUID id = UUID.randomUUID();
        alice().body(session(id, "[]")).post("/sessions/offline").then().statusCode(201);
        given().header("Authorization", DemoUser.BOB.bearer()).contentType(ContentType.JSON)
                .body("{\"id\":\"" + id + "\",\"startedAt\":" + at(0) + "}")
                .post("/sessions/offline").then().statusCode(409);
    }
}
