package org.lumbar.analytics.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lumbar.commons.messaging.BatchIntake;
import org.lumbar.commons.messaging.DeadLetters;
import org.lumbar.commons.messaging.EventIntake;
import org.lumbar.commons.messaging.InboundEvent;
import org.lumbar.commons.messaging.IntakeCounters;
import org.lumbar.commons.messaging.ParkingLot;
import org.lumbar.commons.messaging.ProcessedEvent;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.Topics;
import org.lumbar.contracts.session.SessionCompleted;
import org.lumbar.testing.LumbarServiceResource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The consumed and duplicate counters go up when the intake's transaction commits: for a batch that fails and is then
 * applied one event at a time, and for a single event. The events are handed to the intake directly, not published,
 * so their processed_event rows are removed afterwards: a rebuild (RebuildTest) could not replay them from the topics.
 */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class IntakeCountingTest {

    private static final String COMPLETED = EventType.SESSION_COMPLETED.type();

    private final List<String> applied = new ArrayList<>();

    @Inject
    EventIntake intake;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ParkingLot parking;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Test
    void aFailedBatchCountsEachEventOnceWhenItIsAppliedEventByEvent() {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        BatchIntake batchIntake = new BatchIntake(intake, deadLetters, new IntakeCounters(metrics, transactions),
                parking);
        String patient = "intake-counting-" + UUID.randomUUID();
        InboundEvent first = completed(patient);
        InboundEvent unstorable = completed(patient);
        InboundEvent last = completed(patient);
        // the first event twice in the poll, then one whose effect fails, which fails the batch's transaction
        BatchIntake.Batch batch = batchOf(patient, first, first, unstorable, last);

        batchIntake.applyReadingAhead(batch, events -> event -> {
            if (event.id().equals(unstorable.id())) {
                throw new IllegalStateException("cannot be stored");
            }
        });

        assertThat(metrics.counter("lumbar_events_consumed_total", "type", COMPLETED).count()).isEqualTo(2);
        assertThat(metrics.counter("lumbar_events_duplicate_total", "type", COMPLETED).count()).isEqualTo(1);
    }

    @Test
    void anEventAppliedOnItsOwnIsCountedOnlyWhenItsTransactionCommits() {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        EventIntake counted = new EventIntake(new IntakeCounters(metrics, transactions));
        InboundEvent event = completed("intake-counting-" + UUID.randomUUID());
        Consumer<InboundEvent> noEffect = e -> {
        };

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            assertThat(counted.applyOnce(event, noEffect)).isTrue();
            throw new IllegalStateException("rolled back after the event was applied");
        })).hasStackTraceContaining("rolled back after the event was applied");
        assertThat(metrics.counter("lumbar_events_consumed_total", "type", COMPLETED).count()).isZero();

        assertThat(QuarkusTransaction.requiringNew().call(() -> counted.applyOnce(event, noEffect))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> counted.applyOnce(event, noEffect))).isFalse();
        assertThat(metrics.counter("lumbar_events_consumed_total", "type", COMPLETED).count()).isEqualTo(1);
        assertThat(metrics.counter("lumbar_events_duplicate_total", "type", COMPLETED).count()).isEqualTo(1);
    }

    @AfterEach
    void forgetTheAppliedEvents() {
        QuarkusTransaction.requiringNew().run(() -> ProcessedEvent.delete("eventId in ?1", applied));
    }

    private InboundEvent completed(String patient) {
        LocalDate day = LocalDate.of(2026, 7, 6);
        SessionCompleted data = new SessionCompleted(UUID.randomUUID(), patient, null, null, day, 3, 3,
                Instant.parse("2026-07-06T09:00:00Z"));
        InboundEvent event = new InboundEvent(UUID.randomUUID().toString(), EventType.SESSION_COMPLETED, patient,
                data.completedAt(), data);
        applied.add(event.id());
        return event;
    }

    private static BatchIntake.Batch batchOf(String patient, InboundEvent... events) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int offset = 0; offset < events.length; offset++) {
            records.add(new ConsumerRecord<>(Topics.SESSION_EVENTS, 0, offset, patient, "{}"));
        }
        return new BatchIntake.Batch(records, List.of(events));
    }
}
