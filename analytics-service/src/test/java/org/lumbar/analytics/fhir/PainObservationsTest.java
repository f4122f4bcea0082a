package org.lumbar.analytics.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PainObservationsTest {

    private static final PainObservations.Score SCORE = new PainObservations.Score("evt-1", "p-1", 6, "during", "bird-dog",
            "sharp", Instant.parse("2026-11-20T08:15:30.250Z"));

    @Test
    void aScoreIsAnObservationOfLoinc72514Dash3() {
        Fhir.Observation observation = PainObservations.observation(SCORE);
        assertThat(observation.resourceType()).isEqualTo("Observation");
        assertThat(observation.status()).isEqualTo("final");
        assertThat(observation.code().coding()).singleElement().satisfies(coding -> {
            assertThat(coding.system()).isEqualTo("http://loinc.org");
            assertThat(coding.code()).isEqualTo("72514-3");
        });
        assertThat(observation.category().get(0).coding().get(0).code()).isEqualTo("survey");
        assertThat(observation.subject().reference()).isEqualTo("Patient/p-1");
        assertThat(observation.valueInteger()).isEqualTo(6);
        assertThat(observation.effectiveDateTime()).isEqualTo("2026-11-20T08:15:30.250Z");
        assertThat(observation.identifier()).containsExactly(new Fhir.Identifier("urn:lumbar:event", "evt-1"));
        assertThat(observation.id()).matches("[A-Za-z0-9\\-.]{1,64}").isEqualTo(PainObservations.id("evt-1"))
                .isNotEqualTo(PainObservations.id("evt-2"));
        assertThat(observation.note()).extracting(Fhir.Annotation::text)
                .containsExactly("Reported during the session, on bird-dog; quality: sharp");
    }

    @ParameterizedTest(name = "{0}, {1}, {2}: {3}")
    @CsvSource(nullValues = "null", value = {
            "before, null, null, Reported before the session",
            "after, null, soreness, Reported after the session; quality: soreness",
            "during, cat-cow, null, 'Reported during the session, on cat-cow'" })
    void theNoteSaysWhenAndWhere(String timing, String exercise, String quality, String note) {
        assertThat(PainObservations.note(new PainObservations.Score("e", "p", 3, timing, exercise, quality, Instant.EPOCH)))
                .isEqualTo(note);
    }

    @Test
    void aBundleIsASearchsetWithTheTotalAndOneEntryPerScore() {
        Fhir.Bundle bundle = PainObservations.bundle("http://x/patients/p-1/observations", List.of(SCORE), 7);
        assertThat(bundle.resourceType()).isEqualTo("Bundle");
        assertThat(bundle.type()).isEqualTo("searchset");
        assertThat(bundle.total()).isEqualTo(7);
        assertThat(bundle.link()).containsExactly(new Fhir.Link("self", "http://x/patients/p-1/observations"));
        assertThat(bundle.entry()).singleElement().satisfies(entry -> {
            assertThat(entry.fullUrl()).isEqualTo("urn:uuid:" + entry.resource().id());
            assertThat(entry.search().mode()).isEqualTo("match");
        });
        assertThat(PainObservations.bundle("self", List.of(), 0).entry()).isEmpty();
    }
}
