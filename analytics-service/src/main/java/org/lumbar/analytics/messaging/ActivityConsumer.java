package org.lumbar.analytics.messaging;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.lumbar.analytics.service.ActivityRecorder;
import org.lumbar.analytics.service.ReplayGate;
import org.lumbar.commons.messaging.EventIntake;
import org.lumbar.commons.messaging.InboundEvent;
import org.lumbar.contracts.Channels;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.InvalidEventException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Folds program and session events into the aggregates, each event exactly once (its id is stored in the same
 * transaction as its effect). Records come in batches (up to {@code max.poll.records}) applied in one transaction, so
 * the cost of a commit is shared; should the batch fail, its events are applied one by one and the one that fails is
 * parked. A record that is not a valid event goes to {@code <topic>.dlq} with the reason ({@link DeadLetters}). While
 * a rebuild replays the topics, live batches wait at the {@link ReplayGate}.
 */
@ApplicationScoped
public class ActivityConsumer {

    public static final Set<EventType> PROGRAM_TYPES = EnumSet.of(EventType.PROGRAM_ASSIGNED, EventType.PROGRAM_CHANGED,
            EventType.PROGRAM_ENDED);
    public static final Set<EventType> SESSION_TYPES = EnumSet.of(EventType.SESSION_STARTED, EventType.SET_COMPLETED,
            EventType.PAIN_REPORTED, EventType.SESSION_COMPLETED, EventType.SESSION_ABANDONED);
    private static final Logger LOG = Logger.getLogger(ActivityConsumer.class);

    private final EventIntake intake;
    private final ActivityRecorder recorder;
    private final ReplayGate gate;
    private final DeadLetters deadLetters;
    private final BatchIntake batch;

    public ActivityConsumer(EventIntake intake, ActivityRecorder recorder, ReplayGate gate, DeadLetters deadLetters,
            BatchIntake batch) {
        this.intake = intake;
        this.recorder = recorder;
        this.gate = gate;
        this.deadLetters = deadLetters;
        this.batch = batch;
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

    private record Readable(ConsumerRecord<String, String> record, InboundEvent event) {
    }

    void apply(Iterable<ConsumerRecord<String, String>> records, Set<EventType> relevant) {
        List<Readable> events = new ArrayList<>();
        Set<String> patients = new LinkedHashSet<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                InboundEvent event = intake.read(record);
                if (relevant.contains(event.type())) {
                    events.add(new Readable(record, event));
                    patients.add(record.key());
                }
            } catch (InvalidEventException e) {
                deadLetters.park(record, e);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        gate.live(patients, () -> {
            try {
                QuarkusTransaction.requiringNew().run(
                        () -> batch.applyOnce(events.stream().map(Readable::event).toList(), e -> recorder.apply(e, true)));
            } catch (RuntimeException batchFailure) {
                LOG.warnf("A batch of %d events failed (%s); applying them one by one", events.size(),
                        batchFailure.getMessage());
                for (Readable e : events) {
                    try {
                        QuarkusTransaction.requiringNew().run(() -> applyOnce(e.event()));
                    } catch (RuntimeException failure) {
                        deadLetters.park(e.record(), failure);
                    }
                }
            }
            return null;
        });
    }

    private void applyOnce(InboundEvent event) {
        intake.applyOnce(event, e -> recorder.apply(e, true));
    }
}
