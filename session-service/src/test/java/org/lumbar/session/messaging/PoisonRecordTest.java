package org.lumbar.session.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.Topics;
import org.lumbar.testing.DeadLetterAssertions;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The channels here dead-letter through SmallRye's dead-letter-queue strategy, one record at a time. */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class PoisonRecordTest {

    @Test
    void aPoisonProgramEventIsDeadLetteredOnceNamingThisConsumerAndTheReasonAndConsumptionGoesOn() {
        String first = DeadLetterAssertions.publishPoison(Topics.PROGRAM_EVENTS, EventType.PROGRAM_ASSIGNED.type());
        String second = DeadLetterAssertions.publishPoison(Topics.PROGRAM_EVENTS, EventType.PROGRAM_CHANGED.type());
        var dead = DeadLetterAssertions.assertOneDeadLetter(Topics.PROGRAM_EVENTS, first, "session-service");
        assertThat(dead.headers().get("dead-letter-reason")).contains(EventType.PROGRAM_ASSIGNED.type());
        DeadLetterAssertions.assertOneDeadLetter(Topics.PROGRAM_EVENTS, second, "session-service");
    }

    @Test
    void aPoisonCatalogRecordIsDeadLetteredOnceNamingThisConsumer() {
        String key = DeadLetterAssertions.publishPoison(Topics.CATALOG_EXERCISES, EventType.EXERCISE_PUBLISHED.type());
        DeadLetterAssertions.assertOneDeadLetter(Topics.CATALOG_EXERCISES, key, "session-service");
    }
}
