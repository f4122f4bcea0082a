package org.lumbar.commons.outbox;

import java.net.URI;
import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
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

    /**
     * How large the outbox table (with its indexes) may stay once every event has left. Deleted rows free space for
     * later rows but never give it back to the disk, so a backlog of a million events would hold its size for good;
     * once the table is empty and larger than this, the relay truncates it, which returns the space at once.
     */
    @WithDefault("1M")
    MemorySize reclaimAbove();

    /** How often, at most, the relay checks an empty outbox's size. */
    @WithDefault("10s")
    Duration reclaimInterval();

    /** The CloudEvents {@code source} of every event this service publishes, e.g. {@code /lumbar/session-service}. */
    URI source();
}
