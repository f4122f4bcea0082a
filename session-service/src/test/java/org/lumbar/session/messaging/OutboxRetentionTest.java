package org.lumbar.session.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lumbar.commons.outbox.OutboxEvent;
import org.lumbar.commons.outbox.OutboxRelay;
import org.lumbar.contracts.Topics;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Published events are deleted once past the retention period (7 days by default); unpublished ones never are. */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class OutboxRetentionTest {

    @Inject
    OutboxRelay relay;

    @Test
    void onlyEventsPublishedLongerAgoThanTheRetentionAreDeleted() {
        Instant now = Instant.now();
        UUID publishedLongAgo = store(now.minus(Duration.ofDays(8)));
        UUID publishedRecently = store(now.minus(Duration.ofDays(6)));
        UUID unpublished = store(null);

        assertThat(relay.purgePublished(now)).isGreaterThanOrEqualTo(1);

        List<UUID> left = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent> listAll().stream()
                .map(e -> e.eventId).toList());
        assertThat(left).doesNotContain(publishedLongAgo).contains(publishedRecently);
        // the relay may have published the third one meanwhile, but not 7 days ago
        assertThat(left).contains(unpublished);
    }

    private static UUID store(Instant sentAt) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = Topics.SESSION_EVENTS; // a topic the broker has; other tests only look at their own subjects
        event.recordKey = "nobody";
        event.eventType = "org.lumbar.test.retention";
        event.subject = "retention-test";
        event.occurredAt = Instant.now();
        event.payload = "{}";
        event.createdAt = Instant.now();
        event.sentAt = sentAt;
        QuarkusTransaction.requiringNew().run(event::persist);
        return event.eventId;
    }
}
