package org.lumbar.analytics.fhir;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Pain scores as FHIR R4 Observations: LOINC 72514-3 "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
 * category survey, {@code valueInteger} 0–10, {@code effectiveDateTime} when it was reported, the patient as subject.
 * When in the session it was reported, the exercise and the quality go into a note.
 */
public final class PainObservations {

    public static final String LOINC = "http://loinc.org";
    public static final String PAIN_SEVERITY_0_10 = "72514-3";
    public static final String PAIN_SEVERITY_DISPLAY = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";
    public static final String EVENT_IDENTIFIER_SYSTEM = "urn:lumbar:event";
    private static final String CATEGORIES = "http://terminology.hl7.org/CodeSystem/observation-category";
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneOffset.UTC);

    /** One reported score. */
    public record Score(String eventId, String patientId, int score, String timing, String exercise, String quality,
            Instant occurredAt) {
    }

    private PainObservations() {
    }

    /** A searchset Bundle of the given page of scores, {@code total} counting every match. */
    public static Fhir.Bundle bundle(String selfUrl, List<Score> scores, long total) {
        List<Fhir.Entry> entries = new ArrayList<>();
        for (Score score : scores) {
            Fhir.Observation observation = observation(score);
            entries.add(new Fhir.Entry("urn:uuid:" + observation.id(), observation, new Fhir.Search("match")));
        }
        return new Fhir.Bundle("Bundle", "searchset", total, List.of(new Fhir.Link("self", selfUrl)), entries);
    }

    public static Fhir.Observation observation(Score score) {
        return new Fhir.Observation(
                "Observation",
                id(score.eventId()),
                List.of(new Fhir.Identifier(EVENT_IDENTIFIER_SYSTEM, score.eventId())),
                "final",
                List.of(new Fhir.CodeableConcept(List.of(new Fhir.Coding(CATEGORIES, "survey", "Survey")), null)),
                new Fhir.CodeableConcept(List.of(new Fhir.Coding(LOINC, PAIN_SEVERITY_0_10, PAIN_SEVERITY_DISPLAY)),
                        "Pain severity 0-10"),
                new Fhir.Reference("Patient/" + score.patientId()),
                INSTANT.format(score.occurredAt()),
                score.score(),
                List.of(new Fhir.Annotation(note(score))));
    }

    /** A FHIR id ([A-Za-z0-9-.]{1,64}) that is the same for the same event every time. */
    static String id(String eventId) {
        return UUID.nameUUIDFromBytes(eventId.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String note(Score score) {
        String when = switch (score.timing()) {
            case "before" -> "Reported before the session";
            case "after" -> "Reported after the session";
            default -> "Reported during the session";
        };
        if (score.exercise() != null) {
            when += ", on " + score.exercise();
        }
        if (score.quality() != null) {
            when += "; quality: " + score.quality();
        }
        return when;
    }
}
