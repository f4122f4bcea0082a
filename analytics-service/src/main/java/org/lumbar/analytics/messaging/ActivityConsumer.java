package org.lumbar.analytics.messaging;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.lumbar.analytics.service.ActivityRecorder;
import org.lumbar.analytics.service.ReplayGate;
import org.lumbar.commons.messaging.EventIntake;
import org.lumbar.contracts.Channels;
import org.lumbar.contracts.EventType;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Folds program and session events into the aggregates, each event exactly once (its id is stored in the same
 * transaction). A record that cannot be read goes to the topic's dead-letter queue. While a rebuild replays the
 * topics, live records wait at the {@link ReplayGate}.
 */
@ApplicationScoped
public class ActivityConsumer {

    public static final Set<EventType> PROGRAM_TYPES = EnumSet.of(EventType.PROGRAM_ASSIGNED, EventType.PROGRAM_CHANGED,
            EventType.PROGRAM_ENDED);
    public static final Set<EventType> SESSION_TYPES = EnumSet.of(EventType.SESSION_STARTED, EventType.SET_COMPLETED,
            EventType.PAIN_REPORTED, EventType.SESSION_COMPLETED, EventType.SESSION_ABANDONED);

    private final EventIntake intake;
    private final ActivityRecorder recorder;
    private final ReplayGate gate;

    public ActivityConsumer(EventIntake intake, ActivityRecorder recorder, ReplayGate gate) {
        this.intake = intake;
        this.recorder = recorder;
        this.gate = gate;
    }

    @Incoming(Channels.PROGRAM_EVENTS_IN)
    @Blocking(ordered = true)
    public void onProgramEvent(ConsumerRecord<String, String> record) {
        gate.live(record.key(), () -> intake.consume(record, PROGRAM_TYPES, event -> recorder.apply(event, true)));
    }

    @Incoming(Channels.SESSION_EVENTS_IN)
    @Blocking(ordered = true)
    public void onSessionEvent(ConsumerRecord<String, String> record) {
        gate.live(record.key(), () -> intake.consume(record, SESSION_TYPES, event -> recorder.apply(event, true)));
    }
}
