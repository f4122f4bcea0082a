package org.lumbar.program.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.lumbar.commons.messaging.EventIntake;
import org.lumbar.contracts.Channels;
import org.lumbar.contracts.session.PainReported;
import org.lumbar.contracts.session.SessionCompleted;
import org.lumbar.contracts.session.SessionStarted;
import org.lumbar.contracts.session.SetCompleted;
import org.lumbar.program.progression.ProgressionTracker;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Feeds what patients do in their sessions to the progression rules. */
@ApplicationScoped
public class SessionEventsConsumer {

    private final EventIntake intake;
    private final ProgressionTracker tracker;

    public SessionEventsConsumer(EventIntake intake, ProgressionTracker tracker) {
        this.intake = intake;
        this.tracker = tracker;
    }

    @Incoming(Channels.SESSION_EVENTS_IN)
    @Blocking
    public void onSessionEvent(ConsumerRecord<String, String> record) {
        intake.consume(record, event -> {
            switch (event.type()) {
                case SESSION_STARTED -> tracker.sessionStarted(event.data(SessionStarted.class));
                case SET_COMPLETED -> tracker.setCompleted(event.data(SetCompleted.class));
                case PAIN_REPORTED -> tracker.painReported(event.data(PainReported.class));
                case SESSION_COMPLETED -> tracker.sessionCompleted(event.data(SessionCompleted.class));
                default -> {
                    // other session events do not bear on progression
                }
            }
        });
    }
}
