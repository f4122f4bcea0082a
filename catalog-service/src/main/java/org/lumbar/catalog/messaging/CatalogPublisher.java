package org.lumbar.catalog.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.lumbar.catalog.exercises.ExerciseService;

import io.quarkus.runtime.StartupEvent;

/**
 * Puts every exercise loaded or changed by a migration on {@code catalog.exercises} at start-up, through the
 * outbox, so the compacted topic always holds the catalog as the database has it.
 */
@ApplicationScoped
public class CatalogPublisher {

    private static final Logger LOG = Logger.getLogger(CatalogPublisher.class);

    private final ExerciseService service;

    public CatalogPublisher(ExerciseService service) {
        this.service = service;
    }

    void onStart(@Observes StartupEvent start) {
        int published = service.publishPending();
        if (published > 0) {
            LOG.infof("Queued %d exercise(s) for catalog.exercises", published);
        }
    }
}
