package org.lumbar.commons.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.InvalidEventException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * {@link EventIntake} for a whole poll of records ({@code batch=true} channels): the cost of a transaction is shared
 * by the batch. Which of the batch's event ids were applied before is asked once; each new event's effect and its id
 * are stored in one transaction (unless the consumer names its type as idempotent by a key of its own); an id seen
 * twice is applied once. Should the batch fail, its events are applied one by one and the one that fails is parked
 * on {@code <topic>.dlq} ({@link DeadLetters}), like a record that is not a valid event. Same counters as
 * EventIntake, counted on commit, so a failed batch's events are counted once, when applied one by one.
 */
@ApplicationScoped
public class BatchIntake {

    private static final Logger LOG = Logger.getLogger(BatchIntake.class);

    /** The readable events of a poll that the consumer acts on, in the order they were consumed. */
    public record Batch(List<ConsumerRecord<String, String>> records, List<InboundEvent> events) {

        public boolean isEmpty() {
            return events.isEmpty();
        }

        /** The record keys (patient ids) the batch touches. */
        public Set<String> keys() {
            Set<String> keys = new LinkedHashSet<>();
            records.forEach(r -> keys.add(r.key()));
            return keys;
        }
    }

    private final EventIntake intake;
    private final DeadLetters deadLetters;
    private final IntakeCounters counters;

    public BatchIntake(EventIntake intake, DeadLetters deadLetters, IntakeCounters counters) {
        this.intake = intake;
        this.deadLetters = deadLetters;
        this.counters = counters;
    }

    /** Parses the records; those that are not valid events are parked, those of other types passed over. */
    public Batch read(Iterable<ConsumerRecord<String, String>> records, Set<EventType> relevant) {
        List<ConsumerRecord<String, String>> kept = new ArrayList<>();
        List<InboundEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                InboundEvent event = intake.read(record);
                if (relevant.contains(event.type())) {
                    kept.add(record);
                    events.add(event);
                }
            } catch (InvalidEventException e) {
                deadLetters.park(record, e);
            }
        }
        return new Batch(kept, events);
    }

    /**
     * An effect that reads ahead: given the events of a batch that are about to be applied, in their transaction, it
     * can load what they will look up in one query each, and returns what applies each event.
     */
    @FunctionalInterface
    public interface ReadingAhead {
        Consumer<InboundEvent> prepare(List<InboundEvent> events);
    }

    /**
     * Applies the batch in one transaction, or event by event if that fails, with the effect prepared for the events
     * it is about to apply.
     */
    public void applyReadingAhead(Batch batch, ReadingAhead effect) {
        applyReadingAhead(batch, Set.of(), effect);
    }

    /**
     * {@link #applyReadingAhead(Batch, ReadingAhead)} where the effect of the {@code keyedByContent} types is
     * idempotent on its own, by a natural key it stores (applying such an event twice changes nothing): their ids
     * are neither looked up nor stored, which spares a row per event of the types that come in bulk. Such an event
     * delivered again in a later poll counts as consumed, not as a duplicate.
     */
    public void applyReadingAhead(Batch batch, Set<EventType> keyedByContent, ReadingAhead effect) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> applyFresh(batch.events(), keyedByContent, effect));
        } catch (RuntimeException batchFailure) {
            LOG.warnf("A batch of %d events failed (%s); applying them one by one", batch.events().size(),
                    batchFailure.getMessage());
            for (int i = 0; i < batch.events().size(); i++) {
                List<InboundEvent> one = List.of(batch.events().get(i));
                try {
                    QuarkusTransaction.requiringNew().run(() -> applyFresh(one, keyedByContent, effect));
                } catch (RuntimeException failure) {
                    deadLetters.park(batch.records().get(i), failure);
                }
            }
        }
    }

    /**
     * Applies each event not applied before, in the caller's transaction.
     *
     * @return how many events were applied
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyOnce(List<InboundEvent> events, Consumer<InboundEvent> effect) {
        return applyFresh(events, Set.of(), fresh -> effect);
    }

    /** {@link #applyOnce(List, Consumer)} with the effect prepared for the events not applied before. */
    private int applyFresh(List<InboundEvent> events, Set<EventType> keyedByContent, ReadingAhead effect) {
        if (events.isEmpty()) {
            return 0;
        }
        IntakeCounters.Tally tally = new IntakeCounters.Tally();
        counters.countOnCommit(tally);
        Set<String> seen = new HashSet<>();
        List<String> tracked = events.stream().filter(e -> !keyedByContent.contains(e.type())).map(InboundEvent::id)
                .distinct().toList();
        if (!tracked.isEmpty()) {
            seen.addAll(ProcessedEvent.idsAmong(tracked));
        }
        List<InboundEvent> fresh = new ArrayList<>(events.size());
        for (InboundEvent event : events) {
            if (seen.add(event.id())) {
                fresh.add(event);
            } else {
                tally.duplicate(event.type());
            }
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        Consumer<InboundEvent> apply = effect.prepare(fresh);
        Instant now = Instant.now();
        for (InboundEvent event : fresh) {
            apply.accept(event);
            if (!keyedByContent.contains(event.type())) {
                ProcessedEvent.record(event, now);
            }
            tally.consumed(event.type());
        }
        return fresh.size();
    }
}
