package org.lumbar.commons.messaging;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.lumbar.contracts.Channels;
import org.lumbar.contracts.Topics;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Parks a record this service cannot apply on {@code <topic>.dlq}, as SmallRye's dead-letter-queue strategy does for
 * single records: same key, value and headers, plus {@code dead-letter-reason}, {@code dead-letter-cause},
 * {@code dead-letter-topic}, {@code dead-letter-partition}, {@code dead-letter-offset} and, as the channels'
 * dead letters do too ({@link DeadLetterConsumerGroup}), {@code dead-letter-consumer-group}. It waits for the broker's
 * acknowledgement, so the batch's offsets are only committed once the record is safe. A service that consumes in
 * batches configures the {@link Channels#DEAD_LETTERS} channel (Kafka connector, string serializers, acks=all).
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final Emitter<String> emitter;
    private final MeterRegistry metrics;
    private final byte[] group;

    public DeadLetters(@Channel(Channels.DEAD_LETTERS) Emitter<String> emitter, MeterRegistry metrics,
            MessagingConfig config) {
        this.emitter = emitter;
        this.metrics = metrics;
        this.group = bytes(config.consumerGroup());
    }

    public void park(ConsumerRecord<String, String> record, Throwable reason) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        String message = reason.getMessage() == null ? reason.getClass().getName() : reason.getMessage();
        headers.add("dead-letter-exception-class-name", bytes(reason.getClass().getName()));
        headers.add("dead-letter-reason", bytes(message));
        if (reason.getCause() != null && reason.getCause().getMessage() != null) {
            headers.add("dead-letter-cause", bytes(reason.getCause().getMessage()));
        }
        headers.add("dead-letter-topic", bytes(record.topic()));
        headers.add("dead-letter-partition", bytes(Integer.toString(record.partition())));
        headers.add("dead-letter-offset", bytes(Long.toString(record.offset())));
        headers.add(DeadLetterConsumerGroup.HEADER, group);
        String topic = Topics.deadLetter(record.topic());
        CompletableFuture<Void> ack = new CompletableFuture<>();
        Message<String> parked = Message.of(record.value() == null ? "" : record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String> builder().withTopic(topic).withKey(record.key())
                        .withHeaders(headers).build())
                .withAck(() -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(parked);
        try {
            ack.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not park a record of " + record.topic() + " on " + topic, e);
        }
        metrics.counter("lumbar_events_dead_lettered_total", "topic", record.topic()).increment();
        LOG.warnf("Parked %s/%d@%d on %s: %s", record.topic(), record.partition(), record.offset(), topic, message);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
