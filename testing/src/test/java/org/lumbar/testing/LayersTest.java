package org.lumbar.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lumbar.testing.layering.rest.ItemView;
import org.lumbar.testing.layering.service.ItemsAsResults;
import org.lumbar.testing.layering.service.ItemsWithAResponse;
import org.lumbar.testing.layering.service.ItemsWithAView;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

class LayersTest {

    @Test
    void aServiceAnsweringWithAJaxRsResponseBreaksTheHttpLayerRule() {
        EvaluationResult result = evaluate(Layers.JAX_RS_ONLY_IN_THE_HTTP_LAYER, ItemsWithAResponse.class);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("ItemsWithAResponse")
                && line.contains("jakarta.ws.rs.core.Response"));
    }

    @Test
    void aServiceReturningAViewOfARestPackageBreaksTheEntryPointRule() {
        EvaluationResult result = evaluate(Layers.NOTHING_BELOW_REST_DEPENDS_ON_IT, ItemsWithAView.class, ItemView.class);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("ItemsWithAView")
                && line.contains("ItemView"));
    }

    @Test
    void aServiceReturningPlainResultsKeepsBothRules() {
        assertThat(evaluate(Layers.JAX_RS_ONLY_IN_THE_HTTP_LAYER, ItemsAsResults.class).hasViolation()).isFalse();
        assertThat(evaluate(Layers.NOTHING_BELOW_REST_DEPENDS_ON_IT, ItemsAsResults.class, ItemView.class)
                .hasViolation()).isFalse();
    }

    private static EvaluationResult evaluate(ArchRule rule, Class<?>... classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);
        return rule.evaluate(imported);
    }
}
