package org.lumbar.session.catalog;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.Readiness;
import org.lumbar.commons.operations.CatalogReadiness;

/**
 * Ad hoc sessions check exercises against the catalog, and a sharp pain report answers with the exercise's easier
 * variant from it: neither works until some of the catalog has arrived from catalog.exercises.
 */
@Readiness
@Singleton
public class CatalogReadModelCheck extends CatalogReadiness {

    public CatalogReadModelCheck(CatalogReadModel readModel) {
        super(readModel::size);
    }
}
