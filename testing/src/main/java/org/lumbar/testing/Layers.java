package org.lumbar.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * How every Lumbar module is layered, checked by each module's {@code ArchitectureTest}. HTTP lives at the edge:
 * resources, exception mappers and filters in a {@code rest} package, REST clients and what wraps them in a
 * {@code client} package. Everything else takes commands and returns results, and a resource maps them to HTTP.
 */
public final class Layers {

    private static final String[] HTTP_LAYER = { "org.lumbar..rest..", "org.lumbar..client.." };

    public static final ArchRule JAX_RS_ONLY_IN_THE_HTTP_LAYER = noClasses()
            .that().resideOutsideOfPackages(HTTP_LAYER)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy.reactive..",
                    "org.eclipse.microprofile.rest.client..")
            .as("only resources, mappers, filters and REST clients use JAX-RS")
            .because("services take commands and return results; resources map them to HTTP");

    public static final ArchRule NOTHING_BELOW_REST_DEPENDS_ON_IT = noClasses()
            .that().resideOutsideOfPackage("org.lumbar..rest..")
            .should().dependOnClassesThat().resideInAPackage("org.lumbar..rest..")
            .as("nothing outside a rest package uses one")
            .because("a rest package is an entry point: requests and views belong to the feature that handles them");

    private Layers() {
    }

    /** The module's own classes under this package, without its tests. */
    public static JavaClasses mainClassesOf(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }
}
