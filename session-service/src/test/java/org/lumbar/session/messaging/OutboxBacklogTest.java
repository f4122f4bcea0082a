package org.lumbar.session.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lumbar.commons.outbox.Outbox;
import org.lumbar.commons.outbox.OutboxConfig;
import org.lumbar.commons.outbox.OutboxEvent;
import org.lumbar.contracts.Topics;
import org.lumbar.contracts.session.SetCompleted;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.KafkaEvents.SeenEvent;
import org.lumbar.testing.LumbarServiceResource;
import org.lumbar.testing.TestRealmResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A backlog of several relay passes, as an offline upload or a broker outage leaves, reaches Kafka once, in order, and
 * the space it took on disk is given back once it has left.
 */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
@QuarkusTestResource(TestRealmResource.class)
class OutboxBacklogTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxConfig config;

    @Test
    void aBacklogOfSeveralPassesIsPublishedOnceEachInTheOrderItWasStored() {
        // more than two passes of 2,000, and more than SmallRye's default emitter buffer (128) plus the Kafka sink's
        // requests (1,024), which a pass once overran
        int events = 4_500;
        assertThat(config.batchSize()).isGreaterThan(128 + 1_024).isLessThan(events / 2);
        UUID session = UUID.randomUUID();
        String patient = "outbox-backlog-" + session;
        Instant at = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> IntStream.rangeClosed(1, events).forEach(set -> outbox.enqueue(
                new SetCompleted(session, patient, "cat-cow", set, "both", 10, null, at), patient, session.toString(),
                at)));

        assertThat(outboxBytes()).isGreaterThan(config.reclaimAbove().asLongValue());

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> OutboxEvent.count("subject", session.toString())) == 0);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> outboxBytes() <= config.reclaimAbove().asLongValue());

        List<SeenEvent> published = KafkaEvents.all(Topics.SESSION_EVENTS).stream()
                .filter(e -> session.toString().equals(e.subject())).toList();
        assertThat(published).extracting(e -> e.data(SetCompleted.class).setNumber())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, events).boxed().toList());
    }

    /** The outbox table with its indexes, as it takes space on disk. */
    private static long outboxBytes() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) OutboxEvent.getEntityManager()
                .createNativeQuery("select pg_total_relation_size('session.outbox_event')").getSingleResult())
                .longValue());
    }
}
