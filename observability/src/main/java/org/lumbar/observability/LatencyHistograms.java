package org.lumbar.observability;

import java.time.Duration;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * HTTP request latencies as histogram buckets ({@code http_server_requests_seconds_bucket}), so Prometheus can
 * compute p95 per service and across instances. A dozen fixed buckets keep the series count small.
 */
public class LatencyHistograms {

    static final double[] BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000)
            .mapToDouble(ms -> Duration.ofMillis(ms).toNanos())
            .toArray();

    @Produces
    @Singleton
    MeterFilter httpRequestBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().equals("http.server.requests")) {
                    return DistributionStatisticConfig.builder().serviceLevelObjectives(BUCKETS).build().merge(config);
                }
                return config;
            }
        };
    }
}
