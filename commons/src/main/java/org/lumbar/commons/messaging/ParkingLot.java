package org.lumbar.commons.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Events parked by {@link BatchIntake} because they refer to something unknown ({@link ParkingPolicy}). For each
 * key (patient) and topic they are tried in the order they were consumed, when another event of the key has been
 * applied ({@link #retry(Collection)}) and by {@link #sweep()}; the first one still waiting
 * stops its key's queue, so a key's events are never applied out of order. One that has waited longer than
 * {@code lumbar.parking.max-wait} is dead-lettered with the reason and the next ones are tried.
 * <p>
 * Each attempt deletes the row in the transaction that applies the event (or is rolled back), so two instances
 * sweeping at once apply an event once, and the event's id is recorded as processed in that transaction too.
 */
@ApplicationScoped
public class ParkingLot {

    private static final Logger LOG = Logger.getLogger(ParkingLot.class);

    private enum Outcome { APPLIED, GONE, WAITING, POSTPONED }

    /** What became of an attempt, and what a waiting event still waits for. */
    private record Attempt(Outcome outcome, String waitingFor) {
    }

    private final Instance<ParkingPolicy> policies;
    private final EventIntake intake;
    private final DeadLetters deadLetters;
    private final ParkingConfig config;

    public ParkingLot(Instance<ParkingPolicy> policies, EventIntake intake, DeadLetters deadLetters,
            ParkingConfig config) {
        this.policies = policies;
        this.intake = intake;
        this.deadLetters = deadLetters;
        this.config = config;
    }

    /** Parks an event in the caller's transaction. */
    void park(InboundEvent event, ConsumerRecord<String, String> record,
            String waitingFor) {
        ParkedEvent.of(event, record, waitingFor, Instant.now()).persist();
        LOG.infof("Parked %s (%s) of %s/%d@%d: waiting for %s", event.id(), event.type().type(), record.topic(),
                record.partition(), record.offset(), waitingFor);
    }

    /**
     * Tries the parked events of these keys, in the caller's guard (the consumer calls it after applying a batch of
     * these keys, under its locks).
     *
     * @return how many were applied
     */
    public int retry(Collection<String> keys) {
        List<String> present = keys.stream().filter(k -> k != null).distinct().toList();
        if (present.isEmpty()) {
            return 0;
        }
        try {
            return work(QuarkusTransaction.requiringNew().call(() -> ParkedEvent
                    .<ParkedEvent> list("recordKey in ?1 order by topic, partition, offset", present)));
        } catch (RuntimeException e) {
            // the consumer's batch is applied already; the sweep tries these again
            LOG.warnf("Could not retry the parked events of %s: %s", present, e.getMessage());
            return 0;
        }
    }

    /**
     * Tries every parked event again, each key's queue under its policy's guard, and dead-letters those that waited
     * too long. A service with a {@link ParkingPolicy} calls it every {@code lumbar.parking.sweep-every} (a bean of
     * its own schedules it, so a service that parks nothing has no parking lot at all).
     */
    public void sweep() {
        List<Object[]> queues = QuarkusTransaction.requiringNew().call(() -> ParkedEvent.getEntityManager()
                .createQuery("select distinct p.topic, p.recordKey from ParkedEvent p", Object[].class)
                .setMaxResults(1000).getResultList());
        for (Object[] queue : queues) {
            String topic = (String) queue[0];
            String key = (String) queue[1];
            policyFor(topic).ifPresent(policy -> policy.guard(java.util.Collections.singletonList(key), () -> {
                try {
                    return work(QuarkusTransaction.requiringNew().call(() -> ParkedEvent.<ParkedEvent> list(
                            "topic = ?1 and recordKey " + (key == null ? "is null" : "= ?2")
                                    + " order by partition, offset", key == null ? new Object[] { topic }
                                            : new Object[] { topic, key })));
                } catch (RuntimeException e) {
                    LOG.warnf("Could not retry the parked events of %s on %s: %s", key, topic, e.getMessage());
                    return 0;
                }
            }));
        }
    }

    private int work(List<ParkedEvent> queued) {
        int applied = 0;
        List<String> stopped = new ArrayList<>();
        for (ParkedEvent parked : queued) {
            String queue = parked.topic + "\n" + parked.recordKey;
            if (stopped.contains(queue)) {
                continue;
            }
            Optional<ParkingPolicy> policy = policyFor(parked.topic);
            if (policy.isEmpty()) {
                stopped.add(queue);
                continue;
            }
            Attempt attempt = attempt(parked, policy.get());
            if (attempt.outcome() == Outcome.APPLIED) {
                applied++;
            } else if (attempt.outcome() == Outcome.POSTPONED) {
                stopped.add(queue);
            } else if (attempt.outcome() == Outcome.WAITING) {
                if (parked.parkedAt.plus(config.maxWait()).isBefore(Instant.now())) {
                    expire(parked, attempt.waitingFor());
                } else {
                    stopped.add(queue);
                }
            }
        }
        return applied;
    }

    private Attempt attempt(ParkedEvent parked, ParkingPolicy policy) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                InboundEvent event = intake.read(parked.record());
                Optional<String> unknown = policy.unknownReferent(event);
                if (unknown.isPresent()) {
                    return new Attempt(Outcome.WAITING, unknown.get());
                }
                if (ParkedEvent.delete("eventId", parked.eventId) == 0) {
                    // applied or dead-lettered by another instance meanwhile
                    return new Attempt(Outcome.GONE, null);
                }
                intake.applyOnce(event, policy::apply);
                return new Attempt(Outcome.APPLIED, null);
            });
        } catch (RuntimeException failure) {
            if (Outages.isOutage(failure)) {
                return new Attempt(Outcome.POSTPONED, null); // the database is away: the next sweep tries again
            }
            // the event fails on its own now that it can be applied: it goes where such events go
            if (QuarkusTransaction.requiringNew().call(() -> ParkedEvent.delete("eventId", parked.eventId)) > 0) {
                deadLetters.park(parked.record(), failure);
            }
            return new Attempt(Outcome.GONE, null);
        }
    }

    private void expire(ParkedEvent parked, String waitingFor) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (ParkedEvent.delete("eventId", parked.eventId) > 0) {
                // sent before the deletion commits: a failed send keeps the event parked for the next sweep
                deadLetters.park(parked.record(), new UnknownReferentException("Never heard of " + waitingFor
                        + " within " + config.maxWait() + " (parked at " + parked.parkedAt + ")"));
            }
        });
    }

    private Optional<ParkingPolicy> policyFor(String topic) {
        return policies.stream().filter(p -> p.topics().contains(topic)).findFirst();
    }

    /** Why a parked event was dead-lettered. */
    public static final class UnknownReferentException extends RuntimeException {
        public UnknownReferentException(String message) {
            super(message);
        }
    }
}
