package org.lumbar.commons.operations;

import java.util.function.LongSupplier;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Readiness of a service that checks requests against its copy of the catalog: it is not ready until some of the
 * catalog has arrived from catalog.exercises. A subclass is the service's {@code @Readiness} bean and names how its
 * copy is counted; it is {@code @Singleton}, since a normal-scoped bean's proxy would need a constructor without
 * arguments here.
 */
public abstract class CatalogReadiness implements HealthCheck {

    private final LongSupplier knownExercises;

    protected CatalogReadiness(LongSupplier knownExercises) {
        this.knownExercises = knownExercises;
    }

    @Override
    public HealthCheckResponse call() {
        long known = knownExercises.getAsLong();
        return HealthCheckResponse.named("catalog-read-model").status(known > 0).withData("exercises", known).build();
    }
}
