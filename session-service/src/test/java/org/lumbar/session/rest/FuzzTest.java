package org.lumbar.session.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumbar.session.SessionFixture;
import org.lumbar.session.client.ProgramServiceStub;
import org.lumbar.testing.LumbarServiceResource;
import org.lumbar.testing.fuzz.OpenApiFuzz;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Invalid and boundary input for every operation of the OpenAPI document, as every role and anonymously. program-service
 * is there (a stub that knows no program), so an unknown program is the caller's mistake, not an outage.
 */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
@TestProfile(FuzzTest.Isolated.class)
class FuzzTest {

    public static class Isolated implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProgramServiceStub.class));
        }
    }

    @Test
    void noInputIsAnsweredWithAServerErrorAnUndocumentedStatusOrAnErrorThatIsNotAProblem() {
        SessionFixture.catalogIsKnown();

        OpenApiFuzz.Report report = OpenApiFuzz.of("session-service").asEveryRole().run();

        assertThat(report.requests()).isGreaterThan(300);
        assertThat(report.failures()).as(report.failuresText(60)).isEmpty();
    }
}
