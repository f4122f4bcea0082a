package org.lumbar.commons.outbox;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Decides when the relay runs: shortly after a transaction that stored events commits, and every second as a safety
 * net (events left by a crash or a broker outage). Passes run one at a time on one thread, so order is kept; the
 * relay is only touched once messaging has started.
 */
@ApplicationScoped
public class OutboxTrigger {

    private static final Logger LOG = Logger.getLogger(OutboxTrigger.class);

    private final Instance<OutboxRelay> relay;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final long lingerNanos;
    private volatile boolean running;

    public OutboxTrigger(Instance<OutboxRelay> relay, OutboxConfig config) {
        this.relay = relay;
        this.lingerNanos = config.linger().toNanos();
    }

    /** Runs after the messaging connectors have started (they observe StartupEvent earlier). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) StartupEvent start) {
        running = true;
        trigger();
    }

    void onStop(@Observes ShutdownEvent stop) {
        running = false;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Enqueued enqueued) {
        trigger();
    }

    @Scheduled(every = "${lumbar.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        trigger();
    }

    private void trigger() {
        if (running && queued.compareAndSet(false, true)) {
            worker.schedule(() -> {
                queued.set(false);
                if (!running) {
                    return;
                }
                try {
                    relay.get().publishPending();
                } catch (RuntimeException e) {
                    LOG.warnf("Outbox relay pass failed, retrying on the next one: %s", e.getMessage());
                }
            }, lingerNanos, TimeUnit.NANOSECONDS);
        }
    }

    @PreDestroy
    void shutdown() throws InterruptedException {
        running = false;
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }
}
