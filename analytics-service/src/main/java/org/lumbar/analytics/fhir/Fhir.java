package org.lumbar.analytics.fhir;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The few FHIR R4 shapes the pain observations need, as JSON records (null fields left out). */
public final class Fhir {

    public static final String MEDIA_TYPE = "application/fhir+json";

    private Fhir() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Bundle(String resourceType, String type, long total, List<Link> link, List<Entry> entry) {
    }

    public record Link(String relation, String url) {
    }

    public record Entry(String fullUrl, Observation resource, Search search) {
    }

    public record Search(String mode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Observation(
            String resourceType,
            String id,
            List<Identifier> identifier,
            String status,
            List<CodeableConcept> category,
            CodeableConcept code,
            Reference subject,
            String effectiveDateTime,
            Integer valueInteger,
            List<Annotation> note) {
    }

    public record Identifier(String system, String value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CodeableConcept(List<Coding> coding, String text) {
    }

    public record Coding(String system, String code, String display) {
    }

    public record Reference(String reference) {
    }

    public record Annotation(String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Questionnaire(@Schema(examples = "Questionnaire") String resourceType,
            @Schema(examples = "psfs") String id, String url, String version, String name, String title,
            String status, List<String> subjectType, String description, List<QuestionnaireItem> item) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionnaireItem(String linkId, String text, String type, Boolean required, Boolean repeats,
            Integer maxLength, List<Extension> extension, List<QuestionnaireItem> item) {
    }

    public record Extension(String url, Integer valueInteger) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionnaireResponse(String resourceType, String id, String questionnaire, String status,
            Reference subject, String authored, List<ResponseItem> item) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ResponseItem(String linkId, String text, List<Answer> answer, List<ResponseItem> item) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(String valueString, Integer valueInteger) {
    }
}
