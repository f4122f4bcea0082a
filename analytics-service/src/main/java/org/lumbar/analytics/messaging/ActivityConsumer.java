package org.lumbar.analytics.messaging;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.lumbar.analytics.activity.ActivityRecorder;
import org.lumbar.analytics.activity.Referents;
import org.lumbar.analytics.rebuild.ReplayGate;
import org.lumbar.commons.messaging.BatchIntake;
import org.lumbar.commons.messaging.ParkingLot;
import org.lumbar.contracts.Channels;
import org.lumbar.contracts.EventType;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Folds program and session events into the aggregates, each event exactly once, a poll's records in one transaction
 * ({@link BatchIntake}: records that are not valid events, or that fail on their own, go to {@code <topic>.dlq}).
 * An event that refers to a program or patient analytics has not heard of yet is parked ({@link Referents}) and
 * applied when a later batch brings what it refers to, or by the parking lot's sweep. While a rebuild replays the
 * topics, live batches wait at the {@link ReplayGate}.
 */
@ApplicationScoped
public class ActivityConsumer {

    public static final Set<EventType> PROGRAM_TYPES = EnumSet.of(EventType.PROGRAM_ASSIGNED, EventType.PROGRAM_CHANGED,
            EventType.PROGRAM_ENDED);
    public static final Set<EventType> SESSION_TYPES = EnumSet.of(EventType.SESSION_STARTED, EventType.SET_COMPLETED,
            EventType.PAIN_REPORTED, EventType.SESSION_COMPLETED, EventType.SESSION_ABANDONED,
            EventType.MOVEMENT_RECORDED);

    private final ActivityRecorder recorder;
    private final ReplayGate gate;
    private final BatchIntake intake;
    private final Referents referents;
    private final ParkingLot parking;

    public ActivityConsumer(ActivityRecorder recorder, ReplayGate gate, BatchIntake intake, Referents referents,
            ParkingLot parking) {
        this.recorder = recorder;
        this.gate = gate;
        this.intake = intake;
        this.referents = referents;
        this.parking = parking;
    }

    @Incoming(Channels.PROGRAM_EVENTS_IN)
    @Blocking
    public void onProgramEvents(ConsumerRecords<String, String> records) {
        apply(records, PROGRAM_TYPES);
    }

    @Incoming(Channels.SESSION_EVENTS_IN)
    @Blocking
    public void onSessionEvents(ConsumerRecords<String, String> records) {
        apply(records, SESSION_TYPES);
    }

    void apply(Iterable<ConsumerRecord<String, String>> records, Set<EventType> relevant) {
        BatchIntake.Batch batch = intake.read(records, relevant);
        if (batch.isEmpty()) {
            return;
        }
        gate.live(batch.keys(), () -> {
            intake.applyReadingAhead(batch, Set.of(), referents, events -> {
                recorder.readAhead(events);
                return e -> recorder.apply(e, true);
            });
            parking.retry(batch.keys());
            return null;
        });
    }
}
