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
    private final ParkingLot parking;

    public BatchIntake(EventIntake intake, DeadLetters deadLetters, IntakeCounters counters, ParkingLot parking) {
        this.intake = intake;
        this.deadLetters = deadLetters;
        this.counters = counters;
        this.parking = parking;
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
        applyReadingAhead(batch, keyedByContent, null, effect);
    }

    /**
     * {@link #applyReadingAhead(Batch, Set, ReadingAhead)} where an event that refers to something the service has
     * not heard of ({@code strangers}) is parked in the same transaction instead of applied (neither recorded as
     * processed nor counted), and so is every later event of a key that has events parked from this topic, which keeps
     * a key's events in order. {@link ParkingLot} applies them once their referents are known.
     */
    public void applyReadingAhead(Batch batch, Set<EventType> keyedByContent, ParkingPolicy strangers,
            ReadingAhead effect) {
        if (batch.isEmpty()) {
            return;
        }
        List<Consumed> all = new ArrayList<>(batch.events().size());
        for (int i = 0; i < batch.events().size(); i++) {
            all.add(new Consumed(batch.events().get(i), batch.records().get(i)));
        }
        try {
            Outages.waitOut("A batch of " + all.size() + " events", () -> QuarkusTransaction.requiringNew()
                    .run(() -> applyFresh(all, keyedByContent, effect, strangers)));
        } catch (RuntimeException batchFailure) {
            if (Outages.isOutage(batchFailure)) {
                throw batchFailure; // stopping while the database is away: the batch is consumed again
            }
            LOG.warnf("A batch of %d events failed (%s); applying them one by one", batch.events().size(),
                    batchFailure.getMessage());
            for (Consumed consumed : all) {
                try {
                    Outages.waitOut("Event " + consumed.event().id(), () -> QuarkusTransaction.requiringNew()
                            .run(() -> applyFresh(List.of(consumed), keyedByContent, effect, strangers)));
                } catch (RuntimeException failure) {
                    if (Outages.isOutage(failure)) {
                        throw failure;
                    }
                    deadLetters.park(consumed.record(), failure);
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
        return applyOnce(events, null, effect);
    }

    /**
     * {@link #applyOnce(List, Consumer)} passing over (neither applying nor recording) the events that refer to
     * something unknown to {@code strangers}: a replay of the topics must not count what the live consumer parked or
     * dead-lettered.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyOnce(List<InboundEvent> events, ParkingPolicy strangers, Consumer<InboundEvent> effect) {
        return applyFresh(events.stream().map(e -> new Consumed(e, null)).toList(), Set.of(), fresh -> effect,
                strangers);
    }

    /** An event and the record it came in (null when replayed). */
    private record Consumed(InboundEvent event, ConsumerRecord<String, String> record) {
    }

    /**
     * Applies each event not applied before (and not parked before), with the effect prepared for them; with
     * {@code strangers}, those whose referents are unknown are parked (live records) or passed over (replayed ones).
     */
    private int applyFresh(List<Consumed> events, Set<EventType> keyedByContent, ReadingAhead effect,
            ParkingPolicy strangers) {
        if (events.isEmpty()) {
            return 0;
        }
        IntakeCounters.Tally tally = new IntakeCounters.Tally();
        counters.countOnCommit(tally);
        Set<String> seen = new HashSet<>();
        List<String> tracked = events.stream().map(Consumed::event).filter(e -> !keyedByContent.contains(e.type()))
                .map(InboundEvent::id).distinct().toList();
        if (!tracked.isEmpty()) {
            seen.addAll(ProcessedEvent.idsAmong(tracked));
        }
        boolean parks = strangers != null && events.get(0).record() != null;
        if (parks) {
            seen.addAll(ParkedEvent.idsAmong(events.stream().map(c -> c.event().id()).distinct().toList()));
        }
        List<Consumed> fresh = new ArrayList<>(events.size());
        for (Consumed consumed : events) {
            if (seen.add(consumed.event().id())) {
                fresh.add(consumed);
            } else {
                tally.duplicate(consumed.event().type());
            }
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        Set<String> waiting = new HashSet<>();
        if (parks) {
            waiting.addAll(ParkedEvent.keysWaiting(fresh.get(0).record().topic(),
                    fresh.stream().map(c -> c.event().key()).collect(java.util.stream.Collectors.toSet())));
        }
        Consumer<InboundEvent> apply = effect.prepare(fresh.stream().map(Consumed::event).toList());
        Instant now = Instant.now();
        int applied = 0;
        for (Consumed consumed : fresh) {
            InboundEvent event = consumed.event();
            if (strangers != null) {
                String waitingFor = parks && event.key() != null && waiting.contains(event.key())
                        ? "earlier events of " + event.key() + " parked on " + consumed.record().topic()
                        : strangers.unknownReferent(event).orElse(null);
                if (waitingFor != null) {
                    if (parks) {
                        parking.park(event, consumed.record(), waitingFor);
                        if (event.key() != null) {
                            waiting.add(event.key());
                        }
                    }
                    continue;
                }
            }
            apply.accept(event);
            if (!keyedByContent.contains(event.type())) {
                ProcessedEvent.record(event, now);
            }
            tally.consumed(event.type());
            applied++;
        }
        return applied;
    }
}
