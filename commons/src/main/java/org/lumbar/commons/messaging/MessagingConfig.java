package org.lumbar.commons.messaging;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "lumbar.messaging")
public interface MessagingConfig {

    /**
     * The consumer group of this service's channels (every instance of a service shares it); dead letters name it in
     * {@code dead-letter-consumer-group}, so two services refusing one record leave two distinguishable dead letters.
     */
    String consumerGroup();

    /**
     * This instance's stable name among the instances of the service ({@code LUMBAR_MESSAGING_INSTANCE_ID}, e.g. a
     * StatefulSet pod name); each channel's consumer joins its group as the static member
     * {@code <instance-id>-<channel>}. Two running instances must never share it: the broker fences the older one.
     */
    String instanceId();
}
