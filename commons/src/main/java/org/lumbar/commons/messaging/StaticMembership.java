package org.lumbar.commons.messaging;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.Config;

import io.smallrye.reactive.messaging.ClientCustomizer;

/**
 * Makes every channel's consumer a static member of its group ({@code group.instance.id =
 * <lumbar.messaging.instance-id>-<channel>}; one service has several channels in one group, so the channel is part of
 * the id). Why static membership: a restarted instance that comes back under the same id is handed its partitions at
 * once, without a rebalance and without waiting for the broker to notice that the old process is gone, which is what
 * kept analytics-service's partitions away ~45 s (the default session timeout) after a kill -9. A dynamic member
 * would leave the group on SIGTERM; a static one does not (the Kafka 4.0 consumer has no way to), so an instance
 * that stops for good hands its partitions over after {@code session.timeout.ms}, set short (10 s) for that reason
 * in commons' microprofile-config.properties.
 */
@ApplicationScoped
public class StaticMembership implements ClientCustomizer<Map<String, Object>> {

    private final MessagingConfig config;

    public StaticMembership(MessagingConfig config) {
        this.config = config;
    }

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> client) {
        boolean consumer = client.containsKey(ConsumerConfig.GROUP_ID_CONFIG)
                && client.containsKey(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        if (!consumer || client.containsKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)) {
            return client;
        }
        Map<String, Object> customized = new HashMap<>(client);
        customized.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, config.instanceId() + "-" + channel);
        return customized;
    }
}
