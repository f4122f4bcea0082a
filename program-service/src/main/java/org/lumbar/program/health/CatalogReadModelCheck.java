package org.lumbar.program.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.Readiness;
import org.lumbar.commons.operations.CatalogReadiness;
import org.lumbar.program.service.CatalogReadModel;

/** Programs cannot be checked against the catalog until some of it has arrived from catalog.exercises. */
@Readiness
@ApplicationScoped
public class CatalogReadModelCheck extends CatalogReadiness {

    private final CatalogReadModel readModel;

    public CatalogReadModelCheck(CatalogReadModel readModel) {
        this.readModel = readModel;
    }

    @Override
    protected long knownExercises() {
        return readModel.size();
    }
}
