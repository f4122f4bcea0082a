package org.lumbar.program.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lumbar.testing.LumbarServiceResource;
import org.lumbar.testing.fuzz.IsolatedApp;
import org.lumbar.testing.fuzz.OpenApiFuzz;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Invalid and boundary input for every operation of the OpenAPI document, as every role and anonymously. */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
@TestProfile(IsolatedApp.class)
class FuzzTest {

    @Test
    void noInputIsAnsweredWithAServerErrorAnUndocumentedStatusOrAnErrorThatIsNotAProblem() {
        OpenApiFuzz.Report report = OpenApiFuzz.of("program-service").asEveryRole().run();

        assertThat(report.requests()).isGreaterThan(300);
        assertThat(report.failures()).as(report.failuresText(60)).isEmpty();
    }
}
