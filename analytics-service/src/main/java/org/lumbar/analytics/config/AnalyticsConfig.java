package org.lumbar.analytics.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lumbar.analytics")
public interface AnalyticsConfig {

    Alerts alerts();

    WeeklyReports weeklyReports();

    Webhooks webhooks();

    Rebuild rebuild();

    interface Alerts {

        /** How often the inactivity rules are checked for every patient ("off" to disable). */
        @WithDefault("15m")
        String inactivityCheck();
    }

    interface WeeklyReports {

        /** How often finished weeks are looked for and published on progress.events ("off" to disable). */
        @WithDefault("1h")
        String check();
    }

    interface Webhooks {

        /** How often due deliveries are sent ("off" to disable). */
        @WithDefault("2s")
        String poll();

        /** Connect and answer timeout of one delivery attempt. */
        @WithDefault("5s")
        Duration timeout();

        /** Attempts of one delivery before it is given up. */
        @WithDefault("8")
        int maxAttempts();

        /** Wait before the first retry; each further retry waits twice as long. */
        @WithDefault("10s")
        Duration backoffBase();

        /** The longest wait between two attempts. */
        @WithDefault("1h")
        Duration backoffMax();

        /** A webhook is disabled after this many failed attempts in a row. */
        @WithDefault("20")
        int disableAfterFailures();

        /** Deliveries sent per pass at most. */
        @WithDefault("50")
        int batchSize();

        /**
         * Whether webhooks may point at this machine or a private network. Off in production, where a clinic could
         * otherwise aim deliveries at the platform's own services; on for local development and tests, whose receivers
         * listen on localhost. Environment: LUMBAR_ANALYTICS_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES.
         */
        @WithDefault("false")
        boolean allowPrivateAddresses();
    }

    interface Rebuild {

        /** Events applied per transaction while replaying. */
        @WithDefault("500")
        int transactionSize();

        /** How long the replay waits for the broker before giving up. */
        @WithDefault("30s")
        Duration pollTimeout();
    }
}
