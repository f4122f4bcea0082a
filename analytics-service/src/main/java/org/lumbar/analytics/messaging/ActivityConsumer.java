package org.lumbar.analytics.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.lumbar.analytics.service.AdherenceService;
import org.lumbar.commons.messaging.EventIntake;
import java.util.EnumSet;

import org.lumbar.contracts.Channels;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.program.ProgramAssigned;
import org.lumbar.contracts.program.ProgramChanged;
import org.lumbar.contracts.program.ProgramEnded;
import org.lumbar.contracts.session.PainReported;
import org.lumbar.contracts.session.SessionCompleted;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Folds program and session events into the weekly aggregates, each event exactly once. */
@ApplicationScoped
public class ActivityConsumer {

    private final EventIntake intake;
    private final AdherenceService adherence;

    public ActivityConsumer(EventIntake intake, AdherenceService adherence) {
        this.intake = intake;
        this.adherence = adherence;
    }

    @Incoming(Channels.PROGRAM_EVENTS_IN)
    @Blocking
    public void onProgramEvent(ConsumerRecord<String, String> record) {
        intake.consume(record, event -> {
            switch (event.type()) {
                case PROGRAM_ASSIGNED -> adherence.programAssigned(event.data(ProgramAssigned.class));
                case PROGRAM_CHANGED -> adherence.programChanged(event.data(ProgramChanged.class));
                case PROGRAM_ENDED -> adherence.programEnded(event.data(ProgramEnded.class));
                default -> throw new IllegalStateException("Not a program event: " + event.type());
            }
        });
    }

    @Incoming(Channels.SESSION_EVENTS_IN)
    @Blocking
    public void onSessionEvent(ConsumerRecord<String, String> record) {
        intake.consume(record, EnumSet.of(EventType.SESSION_COMPLETED, EventType.PAIN_REPORTED), event -> {
            switch (event.type()) {
                case SESSION_COMPLETED -> adherence.sessionCompleted(event.data(SessionCompleted.class));
                case PAIN_REPORTED -> adherence.painReported(event.data(PainReported.class));
                default -> {
                    // started and set-completed feed later trends; adherence needs only the completion
                }
            }
        });
    }
}
