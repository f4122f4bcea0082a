package org.lumbar.program.catalog;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.Readiness;
import org.lumbar.commons.operations.CatalogReadiness;

/** Programs cannot be checked against the catalog until some of it has arrived from catalog.exercises. */
@Readiness
@Singleton
public class CatalogReadModelCheck extends CatalogReadiness {

    public CatalogReadModelCheck(CatalogReadModel readModel) {
        super(readModel::size);
    }
}
