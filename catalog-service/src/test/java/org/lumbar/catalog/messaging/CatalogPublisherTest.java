package org.lumbar.catalog.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.Topics;
import org.lumbar.contracts.catalog.ExercisePublished;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.KafkaEvents.SeenEvent;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class CatalogPublisherTest {

    @Test
    void publishesEveryExerciseAsACloudEventKeyedBySlug() {
        List<SeenEvent> events = KafkaEvents.await(Topics.CATALOG_EXERCISES, 30,
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
}
