package org.lumbar.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * The layering every module keeps ({@link Layers}). A module's {@code ArchitectureTest} extends this and names its
 * root package; its main classes are imported once per test class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LayersContract {

    private JavaClasses classes;

    /** The module's root package, e.g. {@code org.lumbar.session}. */
    protected abstract String rootPackage();

    @Test
    void onlyTheHttpLayerUsesJaxRs() {
        Layers.JAX_RS_ONLY_IN_THE_HTTP_LAYER.check(classes());
    }

    @Test
    void nothingOutsideARestPackageUsesOne() {
        Layers.NOTHING_BELOW_REST_DEPENDS_ON_IT.check(classes());
    }

    private JavaClasses classes() {
        if (classes == null) {
            classes = Layers.mainClassesOf(rootPackage());
        }
        return classes;
    }
}
