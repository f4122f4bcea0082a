package org.lumbar.program.messaging;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.lumbar.commons.messaging.BatchIntake;
import org.lumbar.commons.messaging.InboundEvent;
import org.lumbar.contracts.Channels;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.session.PainReported;
import org.lumbar.contracts.session.SessionCompleted;
import org.lumbar.contracts.session.SessionStarted;
import org.lumbar.contracts.session.SetCompleted;
import org.lumbar.program.domain.PerformedSet;
import org.lumbar.program.progression.ProgressionTracker;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Feeds what patients do in their sessions to the progression rules, a poll's records in one transaction
 * ({@link BatchIntake}), with what its sets look up read ahead in a few queries; an abandoned session does not bear
 * on progression.
 */
@ApplicationScoped
public class SessionEventsConsumer {

    static final Set<EventType> RELEVANT = EnumSet.of(EventType.SESSION_STARTED, EventType.SET_COMPLETED,
            EventType.PAIN_REPORTED, EventType.SESSION_COMPLETED);
    /**
     * A set counts once per session, exercise and set number ({@link PerformedSet}), whichever event brings it, so
     * set events, the bulk of the topic, need no processed-event row of their own.
     */
    static final Set<EventType> KEYED_BY_CONTENT = EnumSet.of(EventType.SET_COMPLETED);

    private final BatchIntake intake;
    private final ProgressionTracker tracker;

    public SessionEventsConsumer(BatchIntake intake, ProgressionTracker tracker) {
        this.intake = intake;
        this.tracker = tracker;
    }

    @Incoming(Channels.SESSION_EVENTS_IN)
    @Blocking
    public void onSessionEvents(ConsumerRecords<String, String> records) {
        intake.applyReadingAhead(intake.read(records, RELEVANT), KEYED_BY_CONTENT, events -> {
            Set<PerformedSet.Key> performed = tracker.prepareSets(InboundEvent.dataOf(events, SetCompleted.class));
            return event -> apply(event, performed);
        });
    }

    private void apply(InboundEvent event, Set<PerformedSet.Key> performed) {
        switch (event.type()) {
            case SESSION_STARTED -> tracker.sessionStarted(event.data(SessionStarted.class));
            case SET_COMPLETED -> tracker.setCompleted(event.data(SetCompleted.class), performed);
            case PAIN_REPORTED -> tracker.painReported(event.data(PainReported.class));
            case SESSION_COMPLETED -> tracker.sessionCompleted(event.data(SessionCompleted.class));
            default -> throw new IllegalArgumentException("Not a progression event: " + event.type());
        }
    }
}
