package org.lumbar.program;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lumbar.testing.Layers;

import com.tngtech.archunit.core.domain.JavaClasses;

/** The layering every module keeps ({@link Layers}), checked on this module's classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = Layers.mainClassesOf("org.lumbar.program");
    }

    @Test
    void onlyTheHttpLayerUsesJaxRs() {
        Layers.JAX_RS_ONLY_IN_THE_HTTP_LAYER.check(classes);
    }

    @Test
    void nothingOutsideARestPackageUsesOne() {
        Layers.NOTHING_BELOW_REST_DEPENDS_ON_IT.check(classes);
    }
}
