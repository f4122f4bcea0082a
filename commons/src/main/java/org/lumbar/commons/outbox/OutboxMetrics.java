package org.lumbar.commons.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * How far the outbox is behind: {@code lumbar_outbox_backlog} events stored but not yet acknowledged by the broker,
 * and {@code lumbar_outbox_oldest_unsent_age_seconds}, how long the oldest of them has waited (0 when none). Both
 * grow while the broker is unreachable. The table is read every few seconds, never on a scrape, so a slow database
 * cannot stall Prometheus.
 */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    private final AtomicLong backlog = new AtomicLong();
    private volatile Instant oldestUnsent;

    public OutboxMetrics(MeterRegistry registry) {
        Gauge.builder("lumbar_outbox_backlog", backlog, AtomicLong::get)
                .description("Outbox events not yet acknowledged by the broker")
                .strongReference(true)
                .register(registry);
        Gauge.builder("lumbar_outbox_oldest_unsent_age_seconds", this, OutboxMetrics::oldestUnsentAgeSeconds)
                .description("How long the oldest unsent outbox event has waited, 0 when the outbox is empty")
                .strongReference(true)
                .register(registry);
    }

    @Scheduled(every = "${lumbar.outbox.metrics-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) OutboxEvent.getEntityManager()
                    .createQuery("select count(e), min(e.createdAt) from OutboxEvent e")
                    .getSingleResult());
            backlog.set(((Number) row[0]).longValue());
            oldestUnsent = (Instant) row[1];
        } catch (RuntimeException e) {
            // keep the last figures; the database check in /q/health/ready reports the outage
            LOG.debugf("Could not read the outbox backlog: %s", e.getMessage());
        }
    }

    double oldestUnsentAgeSeconds() {
        Instant oldest = oldestUnsent;
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000d);
    }
}
