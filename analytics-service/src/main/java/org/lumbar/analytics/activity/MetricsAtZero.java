package org.lumbar.analytics.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lumbar.clinical.alerts.AlertRule;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Registers the alert and webhook counters at zero when the service starts, so dashboards and alerts see every
 * series (every rule and severity, every delivery outcome) before the first alert or delivery happens.
 */
@ApplicationScoped
public class MetricsAtZero {

    private final MeterRegistry metrics;

    public MetricsAtZero(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    void onStart(@Observes StartupEvent start) {
        for (AlertRule rule : AlertRule.values()) {
            metrics.counter("lumbar_alerts_raised_total", "rule", rule.code, "severity", rule.severity.code);
        }
        for (String outcome : new String[] { "delivered", "failed-attempt" }) {
            metrics.counter("lumbar_webhook_deliveries_total", "outcome", outcome);
        }
    }
}
