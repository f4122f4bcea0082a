package org.lumbar.session.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.Readiness;
import org.lumbar.commons.operations.CatalogReadiness;
import org.lumbar.session.service.CatalogReadModel;

/**
 * Ad hoc sessions check exercises against the catalog, and a sharp pain report answers with the exercise's easier
 * variant from it: neither works until some of the catalog has arrived from catalog.exercises.
 */
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
