package org.lumbar.catalog.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lumbar.catalog.TestExercises;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.Topics;
import org.lumbar.contracts.catalog.ExercisePublished;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.KafkaEvents.SeenEvent;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class CatalogPublisherTest {

    @Test
    void publishesEveryExerciseAsACloudEventKeyedBySlug() {
        List<SeenEvent> events = KafkaEvents.await(Topics.CATALOG_EXERCISES, 39,
                e -> EventType.EXERCISE_PUBLISHED.type().equals(e.type()));

        SeenEvent pelvicTilt = events.stream().filter(e -> "pelvic-tilt".equals(e.key())).findFirst().orElseThrow();
        ExercisePublished data = pelvicTilt.data(ExercisePublished.class);
        assertThat(data.slug()).isEqualTo("pelvic-tilt");
        assertThat(data.defaultDose().repsMin()).isEqualTo(10);
        assertThat(pelvicTilt.source()).isEqualTo("/lumbar/catalog-service");
        assertThat(pelvicTilt.subject()).isEqualTo("pelvic-tilt");
        assertThat(pelvicTilt.headers()).containsEntry("ce_specversion", "1.0");
        assertThat(events).extracting(SeenEvent::id).doesNotHaveDuplicates();
    }

    @Test
    void seedCorrectionsArePublishedAsTheirNewVersion() {
        SeenEvent sidePlank = KafkaEvents.await(Topics.CATALOG_EXERCISES, 1, e -> "side-plank".equals(e.key())).get(0);
        ExercisePublished data = sidePlank.data(ExercisePublished.class);
        assertThat(data.version()).isEqualTo(3); // corrected by V3, republished for the rule book by V4
        assertThat(data.easier()).containsExactly("side-plank-bent-knee");
    }

    @Test
    void everyChangeIsPublishedInOrderWithItsNewVersion() {
        String slug = "test-published";
        Map<String, Object> exercise = TestExercises.body(slug);
        String etag = as().body(exercise).post("/exercises").then().statusCode(201).extract().header("ETag");
        exercise.put("level", 3);
        etag = as().header("If-Match", etag).body(exercise).put("/exercises/" + slug)
                .then().statusCode(200).extract().header("ETag");
        as().header("If-Match", etag).post("/exercises/" + slug + "/retire").then().statusCode(200);

        List<ExercisePublished> published = KafkaEvents.await(Topics.CATALOG_EXERCISES, 3, e -> slug.equals(e.key()))
                .stream().map(e -> e.data(ExercisePublished.class)).toList();

        assertThat(published).extracting(ExercisePublished::version).containsExactly(1L, 2L, 3L);
        assertThat(published).extracting(ExercisePublished::level).containsExactly(2, 3, 3);
        assertThat(published).extracting(ExercisePublished::retired).containsExactly(false, false, true);
        assertThat(published.get(0).defaultDose().holdSecondsMax()).isEqualTo(40);
    }

    @Test
    void aRefusedChangeIsNotPublished() {
        String slug = "test-not-published";
        Map<String, Object> exercise = TestExercises.body(slug);
        exercise.put("harder", List.of(Map.of("slug", "no-such-exercise")));
        as().body(exercise).post("/exercises").then().statusCode(422);
        exercise.put("harder", List.of());
        as().body(exercise).post("/exercises").then().statusCode(201);

        List<SeenEvent> events = KafkaEvents.await(Topics.CATALOG_EXERCISES, 1, e -> slug.equals(e.key()));
        assertThat(events).hasSize(1);
        ExercisePublished published = events.get(0).data(ExercisePublished.class);
        assertThat(published.version()).isEqualTo(1);
        assertThat(published.harder()).isEmpty();
    }

    private static RequestSpecification as() {
        return TestExercises.as(DemoUser.ERIN);
    }
}
