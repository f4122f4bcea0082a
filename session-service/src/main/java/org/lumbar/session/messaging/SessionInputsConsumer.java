package org.lumbar.session.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.lumbar.commons.messaging.EventIntake;
import org.lumbar.contracts.Channels;
import org.lumbar.contracts.catalog.ExercisePublished;
import org.lumbar.contracts.program.ProgramAssigned;
import org.lumbar.contracts.program.ProgramChanged;
import org.lumbar.session.catalog.CatalogReadModel;
import org.lumbar.session.client.ProgramDirectory;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Keeps what sessions need of programs and the catalog up to date. */
@ApplicationScoped
public class SessionInputsConsumer {

    private final EventIntake intake;
    private final ProgramDirectory programs;
    private final CatalogReadModel catalog;

    public SessionInputsConsumer(EventIntake intake, ProgramDirectory programs, CatalogReadModel catalog) {
        this.intake = intake;
        this.programs = programs;
        this.catalog = catalog;
    }

    @Incoming(Channels.PROGRAM_EVENTS_IN)
    @Blocking
    public void onProgramEvent(ConsumerRecord<String, String> record) {
        intake.consume(record, event -> {
            switch (event.type()) {
                case PROGRAM_ASSIGNED -> programs.apply(event.data(ProgramAssigned.class));
                case PROGRAM_CHANGED -> programs.apply(event.data(ProgramChanged.class));
                default -> {
                    // an ended program needs nothing here: its sessions stay readable
                }
            }
        });
    }

    @Incoming(Channels.CATALOG_EXERCISES_IN)
    @Blocking
    public void onExercise(ConsumerRecord<String, String> record) {
        intake.consume(record, event -> catalog.apply(event.data(ExercisePublished.class)));
    }
}
