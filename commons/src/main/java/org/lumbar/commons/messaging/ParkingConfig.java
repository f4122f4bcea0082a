package org.lumbar.commons.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long an event that refers to something this service has not heard of waits for it ({@link ParkingLot}). */
@ConfigMapping(prefix = "lumbar.parking")
public interface ParkingConfig {

    /** After this wait a parked event whose referent is still unknown goes to {@code <topic>.dlq}. */
    @WithDefault("10m")
    Duration maxWait();

    /** How often every parked event is tried again (besides when an event for the same key is applied). */
    @WithDefault("30s")
    String sweepEvery();
}
