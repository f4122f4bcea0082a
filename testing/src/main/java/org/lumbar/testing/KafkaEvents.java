package org.lumbar.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.lumbar.contracts.EventCodec;
import org.lumbar.contracts.EventType;

/** Reads and writes CloudEvents on the test broker, as another service would. */
public final class KafkaEvents {

    private KafkaEvents() {
    }

    /** A record as seen on a topic, with its CloudEvents headers. */
    public record SeenEvent(String key, String id, String type, String source, String subject, String value,
            Map<String, String> headers) {

        public <T extends Record> T data(Class<T> dataClass) {
            return EventCodec.decode(EventType.of(dataClass), value, dataClass);
        }
    }

    /** Every record on the topic, from the beginning. */
    public static List<SeenEvent> all(String topic) {
        return all(KafkaBroker.bootstrapServers(), topic);
    }

    /** Every record on the topic of the given broker, from the beginning. */
    public static List<SeenEvent> all(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<SeenEvent> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.currentTimeMillis() + 10_000;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(toSeen(r));
                }
            }
        }
        return seen;
    }

    /** Waits until events matching {@code filter} are on the topic and returns them. */
    public static List<SeenEvent> await(String topic, int atLeast, Predicate<SeenEvent> filter) {
        List<List<SeenEvent>> holder = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<SeenEvent> matching = all(topic).stream().filter(filter).toList();
            holder.clear();
            holder.add(matching);
            return matching.size() >= atLeast;
        });
        return holder.get(0);
    }

    /** Publishes a CloudEvent in binary mode, as a Lumbar service does. */
    public static String publish(Record data, String key) {
        return publish(data, key, UUID.randomUUID().toString());
    }

    /** Publishes a CloudEvent with a given id, e.g. to redeliver the same event. */
    public static String publish(Record data, String key, String id) {
        publishRaw(EventType.of(data.getClass()).topic(), key, EventCodec.encode(data),
                Map.of("ce_id", id, "ce_type", EventType.of(data.getClass()).type(), "ce_source", "/lumbar/tests",
                        "ce_specversion", "1.0", "content-type", "application/json"));
        return id;
    }

    public static void publishRaw(String topic, String key, String value, Map<String, String> headers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    private static SeenEvent toSeen(ConsumerRecord<String, String> r) {
        Map<String, String> headers = new java.util.TreeMap<>();
        for (Header h : r.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return new SeenEvent(r.key(), headers.get("ce_id"), headers.get("ce_type"), headers.get("ce_source"),
                headers.get("ce_subject"), r.value(), headers);
    }
}
