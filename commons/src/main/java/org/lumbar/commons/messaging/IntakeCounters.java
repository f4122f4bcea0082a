package org.lumbar.commons.messaging;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.lumbar.contracts.EventType;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code lumbar_events_consumed_total} and {@code lumbar_events_duplicate_total} per event type, counted when the
 * transaction that applied (or skipped) the events commits. Counted any earlier, a batch that fails and is applied
 * again one event at a time would count its events twice.
 */
@ApplicationScoped
public class IntakeCounters {

    private final MeterRegistry metrics;
    private final TransactionSynchronizationRegistry transactions;

    public IntakeCounters(MeterRegistry metrics, TransactionSynchronizationRegistry transactions) {
        this.metrics = metrics;
        this.transactions = transactions;
    }

    /** Counts of one transaction's events, per type; handed to {@link #countOnCommit(Tally)}. */
    public static final class Tally {
        private final Map<EventType, Integer> consumed = new EnumMap<>(EventType.class);
        private final Map<EventType, Integer> duplicates = new EnumMap<>(EventType.class);

        public void consumed(EventType type) {
            consumed.merge(type, 1, Integer::sum);
        }

        public void duplicate(EventType type) {
            duplicates.merge(type, 1, Integer::sum);
        }
    }

    /**
     * Adds the tally to the counters once the current transaction commits; it may be filled until then. Intake runs
     * in a transaction, so there must be one.
     */
    public void countOnCommit(Tally tally) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    tally.consumed.forEach((type, n) -> consumedCounter(type).increment(n));
                    tally.duplicates.forEach((type, n) -> duplicateCounter(type).increment(n));
                }
            }
        });
    }

    /** Counts an event that needed no transaction, such as one of a type the consumer passes over. */
    public void consumed(EventType type) {
        consumedCounter(type).increment();
    }

    private Counter consumedCounter(EventType type) {
        return metrics.counter("lumbar_events_consumed_total", "type", type.type());
    }

    private Counter duplicateCounter(EventType type) {
        return metrics.counter("lumbar_events_duplicate_total", "type", type.type());
    }
}
