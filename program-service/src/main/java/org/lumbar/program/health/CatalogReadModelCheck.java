package org.lumbar.program.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.lumbar.program.service.CatalogReadModel;

/** Programs cannot be checked against the catalog until some of it has arrived from catalog.exercises. */
@Readiness
@ApplicationScoped
public class CatalogReadModelCheck implements HealthCheck {

    private final CatalogReadModel readModel;

    public CatalogReadModelCheck(CatalogReadModel readModel) {
        this.readModel = readModel;
    }

    @Override
    public HealthCheckResponse call() {
        long known = readModel.size();
        return HealthCheckResponse.named("catalog-read-model").status(known > 0).withData("exercises", known).build();
    }
}
