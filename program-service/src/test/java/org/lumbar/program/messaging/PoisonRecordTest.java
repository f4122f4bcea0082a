package org.lumbar.program.messaging;

import org.junit.jupiter.api.Test;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.Topics;
import org.lumbar.testing.DeadLetterAssertions;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * session.events is consumed in batches (commons' DeadLetters parks a poison record), catalog.exercises one record
 * at a time (SmallRye's dead-letter-queue strategy): both dead letters name this consumer group. analytics-service
 * consumes session.events too and leaves its own dead letter, naming its group (ConsumptionTest there).
 */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class PoisonRecordTest {

    @Test
    void aPoisonSessionEventIsDeadLetteredOnceNamingThisConsumer() {
        String key = DeadLetterAssertions.publishPoison(Topics.SESSION_EVENTS, EventType.SET_COMPLETED.type());
        DeadLetterAssertions.assertOneDeadLetter(Topics.SESSION_EVENTS, key, "program-service");
    }

    @Test
    void aPoisonCatalogRecordIsDeadLetteredOnceNamingThisConsumer() {
        String key = DeadLetterAssertions.publishPoison(Topics.CATALOG_EXERCISES, EventType.EXERCISE_PUBLISHED.type());
        DeadLetterAssertions.assertOneDeadLetter(Topics.CATALOG_EXERCISES, key, "program-service");
    }
}
