package org.lumbar.commons.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Adds {@code dead-letter-consumer-group} to the records of SmallRye's dead-letter-queue producers (set for every
 * channel as {@code mp.messaging.connector.smallrye-kafka.dead-letter-queue.interceptor.classes}), which carry the
 * reason, topic, partition and offset but not who refused the record. The producer is built from its channel's
 * configuration, so it sees the channel's {@code group.id}.
 */
public class DeadLetterConsumerGroup implements ProducerInterceptor<Object, Object> {

    public static final String HEADER = "dead-letter-consumer-group";

    private byte[] group;

    @Override
    public void configure(Map<String, ?> configs) {
        Object configured = configs.get(ConsumerConfig.GROUP_ID_CONFIG);
        String name = configured != null ? configured.toString()
                : ConfigProvider.getConfig().getValue("lumbar.messaging.consumer-group", String.class);
        group = name.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        if (record.headers().lastHeader(HEADER) == null) {
            record.headers().add(HEADER, group);
        }
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
    }

    @Override
    public void close() {
    }
}
