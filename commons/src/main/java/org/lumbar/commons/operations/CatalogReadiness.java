package org.lumbar.commons.operations;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Readiness of a service that checks requests against its copy of the catalog: it is not ready until some of the
 * catalog has arrived from catalog.exercises. A subclass is the service's {@code @Readiness} bean.
 */
public abstract class CatalogReadiness implements HealthCheck {

    /** How many exercises the service's copy of the catalog holds. */
    protected abstract long knownExercises();

    @Override
    public HealthCheckResponse call() {
        long known = knownExercises();
        return HealthCheckResponse.named("catalog-read-model").status(known > 0).withData("exercises", known).build();
    }
}
