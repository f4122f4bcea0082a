package org.lumbar.program.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lumbar.contracts.Topics;
import org.lumbar.contracts.catalog.Dose;
import org.lumbar.contracts.catalog.ExercisePublished;
import org.lumbar.program.domain.KnownExercise;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class CatalogConsumerTest {

    @Test
    void aRecordThatIsNotAValidEventGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        KafkaEvents.publishRaw(Topics.CATALOG_EXERCISES, "broken", "{\"slug\":42}",
                Map.of("ce_id", "poison-1", "ce_type", "lumbar.catalog.exercise-published.v1", "ce_specversion", "1.0",
                        "ce_source", "/tests"));
        KafkaEvents.publish(exercise("hip-hinge", 1, false), "hip-hinge");

        var parked = KafkaEvents.await(Topics.deadLetter(Topics.CATALOG_EXERCISES), 1, e -> "broken".equals(e.key()));
        assertThat(parked.get(0).headers()).containsKey("dead-letter-reason");
        org.awaitility.Awaitility.await().until(() -> known("hip-hinge") != null);
    }

    @Test
    void theSameEventTwiceAndAnOlderVersionChangeNothing() {
        KafkaEvents.publish(exercise("bear-hold", 3, true), "bear-hold");
        KafkaEvents.publish(exercise("bear-hold", 2, false), "bear-hold");
        KafkaEvents.publish(exercise("side-plank", 1, false), "side-plank");
        org.awaitility.Awaitility.await().until(() -> known("side-plank") != null);
        KnownExercise bearHold = known("bear-hold");
        assertThat(bearHold.version).isEqualTo(3);
        assertThat(bearHold.retired).isTrue();
    }

    private static KnownExercise known(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> KnownExercise.findById(slug));
    }

    private static ExercisePublished exercise(String slug, long version, boolean retired) {
        return new ExercisePublished(slug, slug, "core-stability", "quadruped", 2, false, retired,
                new Dose(1, 2, null, null, 15, 30, false), List.of(), List.of(), version);
    }
}
