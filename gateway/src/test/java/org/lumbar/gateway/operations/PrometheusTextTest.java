package org.lumbar.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final String METRICS = """
            # HELP http_server_requests_seconds_count requests
            # TYPE http_server_requests_seconds histogram
            http_server_requests_seconds_count{method="GET",uri="/sessions",status="200"} 90.0
            http_server_requests_seconds_count{method="POST",uri="/sessions/{id}/sets",status="201"} 10.0
            http_server_requests_seconds_count{method="GET",uri="/q/health/ready",status="200"} 500.0
            http_server_requests_seconds_bucket{uri="/sessions",le="0.005"} 50.0
            http_server_requests_seconds_bucket{uri="/sessions",le="0.05"} 90.0
            http_server_requests_seconds_bucket{uri="/sessions",le="+Inf"} 90.0
            lumbar_outbox_backlog 3.0
            lumbar_outbox_oldest_unsent_age_seconds{relay="session"} 1.5
            kafka_consumer_fetch_manager_records_lag_max{client_id="a"} NaN
            kafka_consumer_fetch_manager_records_lag_max{client_id="b",note="say \\"hi\\", ok"} 7.0
            not a metric line
            """;

    @Test
    void readsSamplesLabelsAndSpecialValues() {
        PrometheusText text = PrometheusText.parse(METRICS);
        assertThat(text.sum("http_server_requests_seconds_count")).isEqualTo(600.0);
        assertThat(text.sum("http_server_requests_seconds_count", labels -> !labels.get("uri").startsWith("/q/")))
                .isEqualTo(100.0);
        assertThat(text.sum("lumbar_outbox_backlog")).isEqualTo(3.0);
        assertThat(text.max("kafka_consumer_fetch_manager_records_lag_max")).as("NaN is no lag").isEqualTo(7.0);
        assertThat(text.named("kafka_consumer_fetch_manager_records_lag_max").get(1).labels())
                .containsEntry("note", "say \"hi\", ok");
        assertThat(text.sum("lumbar_events_dead_lettered_total")).as("a metric the service lacks").isNull();
        assertThat(text.buckets("http_server_requests_seconds", labels -> true))
                .containsEntry(0.005, 50.0).containsEntry(Double.POSITIVE_INFINITY, 90.0);
    }

    @Test
    void theP99OfTheRequestsBetweenTwoReadingsIsInterpolatedInItsBucket() {
        Map<Double, Double> before = new TreeMap<>(Map.of(0.01, 100.0, 0.1, 100.0, Double.POSITIVE_INFINITY, 100.0));
        // 100 new requests: 90 under 10 ms, 10 between 10 and 100 ms
        Map<Double, Double> after = new TreeMap<>(Map.of(0.01, 190.0, 0.1, 200.0, Double.POSITIVE_INFINITY, 200.0));
        assertThat(Histograms.quantile(0.99, before, after)).isCloseTo(0.091, within(1e-9));
        assertThat(Histograms.quantile(0.5, before, after)).isCloseTo(0.01 * 50 / 90, within(1e-9));
        assertThat(Histograms.quantile(0.99, after, after)).as("no request in between").isNull();
        Map<Double, Double> slow = new TreeMap<>(Map.of(0.01, 100.0, 0.1, 100.0, Double.POSITIVE_INFINITY, 150.0));
        assertThat(Histograms.quantile(0.99, before, slow)).as("beyond the last bound: that bound").isEqualTo(0.1);
    }
}
