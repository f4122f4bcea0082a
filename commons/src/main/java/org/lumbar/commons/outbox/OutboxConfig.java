package org.lumbar.commons.outbox;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lumbar.outbox")
public interface OutboxConfig {

    /**
     * How many events one relay pass publishes at most. A backlog (after an offline upload or a broker outage) leaves
     * in passes of this size: larger passes read and delete the table and wait for the broker fewer times.
     */
    @WithDefault("2000")
    int batchSize();

    /**
     * How long a pass triggered by a commit waits before it starts, so that the commits arriving meanwhile share it:
     * under load a pass then carries dozens of events instead of a few, for one read and one delete on the table.
     */
    @WithDefault("5ms")
    Duration linger();

    /** How long a pass waits for the broker to acknowledge its batch before trying again later. */
    @WithDefault("30s")
    Duration ackTimeout();

    /** The CloudEvents {@code source} of every event this service publishes, e.g. {@code /lumbar/session-service}. */
    URI source();
}
