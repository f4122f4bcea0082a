package org.lumbar.program.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.lumbar.commons.messaging.EventIntake;
import org.lumbar.contracts.Channels;
import org.lumbar.contracts.catalog.ExercisePublished;
import org.lumbar.program.catalog.CatalogReadModel;

import io.smallrye.reactive.messaging.annotations.Blocking;

@ApplicationScoped
public class CatalogConsumer {

    private final EventIntake intake;
    private final CatalogReadModel readModel;

    public CatalogConsumer(EventIntake intake, CatalogReadModel readModel) {
        this.intake = intake;
        this.readModel = readModel;
    }

    @Incoming(Channels.CATALOG_EXERCISES_IN)
    @Blocking
    public void onExercise(ConsumerRecord<String, String> record) {
        intake.consume(record, event -> readModel.apply(event.data(ExercisePublished.class)));
    }
}
