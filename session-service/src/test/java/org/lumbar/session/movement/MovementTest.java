package org.lumbar.session.movement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.Topics;
import org.lumbar.contracts.session.MovementRecorded;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Walks toward the weekly movement goal (rule schedule.weekly-movement-goal). */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class MovementTest {

    private static RequestSpecification as(DemoUser user) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON);
    }

    @Test
    void aWalkIsStoredOnceAndPublished() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.now().minus(Duration.ofHours(2));
        String walk = "{\"id\":\"" + id + "\",\"kind\":\"walk\",\"minutes\":35,\"occurredAt\":\"" + at + "\"}";
        as(DemoUser.ALICE).body(walk).post("/activities").then().statusCode(201)
                .body("id", equalTo(id.toString())).body("minutes", equalTo(35));
        as(DemoUser.ALICE).body(walk).post("/activities").then().statusCode(200).body("id", equalTo(id.toString()));
        as(DemoUser.BOB).body(walk).post("/activities").then().statusCode(409).contentType("application/problem+json");

        var events = KafkaEvents.await(Topics.SESSION_EVENTS, 1,
                e -> EventType.MOVEMENT_RECORDED.type().equals(e.type()) && id.toString().equals(e.subject()));
        MovementRecorded recorded = events.get(0).data(MovementRecorded.class);
        assertThat(recorded.patientId()).isEqualTo(DemoUser.ALICE.id);
        assertThat(recorded.minutes()).isEqualTo(35);
        assertThat(recorded.kind()).isEqualTo("walk");

        as(DemoUser.ALICE).get("/activities").then().statusCode(200).body("id", hasItem(id.toString()));
    }

    @Test
    void badRecordsAreRefusedNamingTheField() {
        as(DemoUser.ALICE).body("{\"kind\":\"run\",\"minutes\":30}").post("/activities").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
        as(DemoUser.ALICE).body("{\"kind\":\"walk\",\"minutes\":0}").post("/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("minutes"));
        as(DemoUser.ALICE).body("{\"kind\":\"walk\"}").post("/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("minutes"));
        as(DemoUser.ALICE).body("{\"kind\":\"walk\",\"minutes\":20,\"occurredAt\":\""
                + Instant.now().plus(Duration.ofDays(1)) + "\"}").post("/activities").then().statusCode(422)
                .body("errors[0].field", equalTo("occurredAt"));
        as(DemoUser.ALICE).get("/activities?from=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as(DemoUser.ALICE).get("/activities?to=-1000000000-01-01T00:00:00Z").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(DemoUser.ALICE).get("/activities?to=+300000-01-01T00:00:00Z").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(DemoUser.CAROL).body("{\"kind\":\"walk\",\"minutes\":20}").post("/activities").then().statusCode(403);
    }
}
