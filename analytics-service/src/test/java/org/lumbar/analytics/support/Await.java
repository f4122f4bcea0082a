package org.lumbar.analytics.support;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;

/** Waits for what Kafka delivers asynchronously. */
public final class Await {

    private Await() {
    }

    public static void until(ThrowingRunnable assertion) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(assertion);
    }
}
