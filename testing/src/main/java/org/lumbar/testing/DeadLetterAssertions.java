package org.lumbar.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.lumbar.contracts.Topics;

/** Poison records on a topic a service consumes, and what the service must leave on {@code <topic>.dlq}. */
public final class DeadLetterAssertions {

    private DeadLetterAssertions() {
    }

    /** Publishes a record that claims to be an event of {@code type} but is not JSON; returns its key. */
    public static String publishPoison(String topic, String type) {
        String key = "poison-" + UUID.randomUUID();
        KafkaEvents.publishRaw(topic, key, "{not json", Map.of("ce_id", key, "ce_type", type, "ce_specversion", "1.0",
                "ce_source", "/lumbar/tests"));
        return key;
    }

    /**
     * Waits for the dead letter of the poison record with this key and checks that there is exactly one, from
     * {@code group}, with the reason and where the record was.
     */
    public static KafkaEvents.SeenEvent assertOneDeadLetter(String topic, String key, String group) {
        KafkaEvents.await(Topics.deadLetter(topic), 1, e -> key.equals(e.key()));
        // a second copy would follow the first within a poll or two
        sleepQuietly(Duration.ofSeconds(2));
        List<KafkaEvents.SeenEvent> dead = KafkaEvents.all(Topics.deadLetter(topic)).stream()
                .filter(e -> key.equals(e.key())).toList();
        assertThat(dead).hasSize(1);
        Map<String, String> headers = dead.get(0).headers();
        assertThat(headers.get("dead-letter-consumer-group")).isEqualTo(group);
        assertThat(headers.get("dead-letter-reason")).isNotBlank();
        assertThat(headers.get("dead-letter-topic")).isEqualTo(topic);
        assertThat(headers.get("dead-letter-partition")).isEqualTo("0");
        assertThat(headers.get("dead-letter-offset")).matches("\\d+");
        assertThat(headers.get("ce_id")).isEqualTo(key);
        return dead.get(0);
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
