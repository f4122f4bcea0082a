package org.lumbar.analytics.messaging;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.commons.messaging.InboundEvent;
import org.lumbar.commons.messaging.ProcessedEvent;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code EventIntake.applyOnce} for a batch: which of the batch's event ids were applied before is asked once, not once
 * per event; each new event's effect and its id are stored in the caller's transaction, and an id seen twice in the
 * batch is applied once. Same counters as EventIntake. (A candidate for commons, next to EventIntake.)
 */
@ApplicationScoped
public class BatchIntake {

    private final MeterRegistry metrics;

    public BatchIntake(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    /** @return how many events were applied */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyOnce(List<InboundEvent> events, Consumer<InboundEvent> effect) {
        if (events.isEmpty()) {
            return 0;
        }
        Set<String> seen = new HashSet<>();
        for (ProcessedEvent known : ProcessedEvent.<ProcessedEvent> list("eventId in ?1",
                events.stream().map(InboundEvent::id).distinct().toList())) {
            seen.add(known.eventId);
        }
        Instant now = Instant.now();
        int applied = 0;
        for (InboundEvent event : events) {
            if (!seen.add(event.id())) {
                metrics.counter("lumbar_events_duplicate_total", "type", event.type().type()).increment();
                continue;
            }
            effect.accept(event);
            ProcessedEvent processed = new ProcessedEvent();
            processed.eventId = event.id();
            processed.eventType = event.type().type();
            processed.processedAt = now;
            processed.persist();
            metrics.counter("lumbar_events_consumed_total", "type", event.type().type()).increment();
            applied++;
        }
        return applied;
    }
}
