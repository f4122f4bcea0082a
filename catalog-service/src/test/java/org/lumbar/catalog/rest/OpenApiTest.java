package org.lumbar.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lumbar.catalog.domain.Vocabulary;
import org.lumbar.catalog.exercises.ExerciseSort;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The OpenAPI document at /q/openapi describes the catalog API completely and in step with the code. */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class OpenApiTest {

    private static final List<String> CATALOG_SCHEMAS = List.of("Exercise", "ExerciseInput", "ExerciseLink", "Dose",
            "SetsRange", "RepsRange", "HoldSecondsRange", "DurationSecondsRange", "Progressions", "ProgressionStep",
            "ExercisePage");

    private static JsonPath document() {
        return given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyFieldOfTheCatalogSchemasIsDescribed() {
        JsonPath openApi = document();
        for (String schema : CATALOG_SCHEMAS) {
            Map<String, Map<String, Object>> properties = openApi.getMap("components.schemas." + schema + ".properties");
            assertThat(properties).as(schema).isNotEmpty();
            properties.forEach((field, property) -> assertThat((String) property.get("description"))
                    .as("description of %s.%s", schema, field).isNotBlank());
        }
    }

    @Test
    void everyFieldOfWhatIsReadOrWrittenHasAnExample() {
        JsonPath openApi = document();
        for (String schema : List.of("Exercise", "ExerciseInput", "ExerciseLink", "Dose", "SetsRange", "RepsRange",
                "HoldSecondsRange", "DurationSecondsRange", "Progressions", "ProgressionStep")) {
            Map<String, Map<String, Object>> properties = openApi.getMap("components.schemas." + schema + ".properties");
            properties.forEach((field, property) -> assertThat(property)
                    .as("examples of %s.%s", schema, field).containsKey("examples"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentedCodesAreTheVocabularyTheServiceChecks() {
        JsonPath openApi = document();
        for (String schema : List.of("Exercise", "ExerciseInput")) {
            assertThat(openApi.getList("components.schemas." + schema + ".properties.category.enum"))
                    .isEqualTo(Vocabulary.CATEGORIES);
            assertThat(openApi.getList("components.schemas." + schema + ".properties.position.enum"))
                    .isEqualTo(Vocabulary.POSITIONS);
            assertThat(openApi.getString("components.schemas." + schema + ".properties.equipment.description"))
                    .contains(String.join(", ", Vocabulary.EQUIPMENT));
            assertThat(openApi.getString("components.schemas." + schema + ".properties.targetAreas.description"))
                    .contains(String.join(", ", Vocabulary.TARGET_AREAS));
        }
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) at(openApi, "/exercises", "get", "parameters");
        assertThat(enumOf(parameters, "category")).isEqualTo(Vocabulary.CATEGORIES);
        assertThat(enumOf(parameters, "position")).isEqualTo(Vocabulary.POSITIONS);
        assertThat(enumOf(parameters, "equipment")).isEqualTo(Vocabulary.EQUIPMENT);
        assertThat(enumOf(parameters, "level")).isEqualTo(Vocabulary.LEVELS);
        assertThat(enumOf(parameters, "target")).isEqualTo(Vocabulary.TARGET_AREAS);
        assertThat(enumOf(parameters, "sort")).isEqualTo(ExerciseSort.codes());
        assertThat(parameters).extracting(p -> p.get("name")).containsExactlyInAnyOrderElementsOf(SearchParameters.NAMES);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyEndpointIsDocumentedAndOnlyWritesAskForAToken() {
        JsonPath openApi = document();
        for (List<String> operation : List.of(List.of("/exercises", "get"), List.of("/exercises", "post"),
                List.of("/exercises/{slug}", "get"), List.of("/exercises/{slug}", "put"),
                List.of("/exercises/{slug}/progressions", "get"), List.of("/exercises/{slug}/retire", "post"))) {
            assertThat((String) at(openApi, operation.get(0), operation.get(1), "summary")).as("%s", operation).isNotBlank();
        }
        assertThat((List<?>) at(openApi, "/exercises", "post", "security")).isNotEmpty();
        assertThat((List<?>) at(openApi, "/exercises/{slug}", "put", "security")).isNotEmpty();
        assertThat((List<?>) at(openApi, "/exercises/{slug}/retire", "post", "security")).isNotEmpty();
        assertThat((List<?>) at(openApi, "/exercises", "get", "security")).as("public: security []").isEmpty();
        assertThat((List<?>) at(openApi, "/exercises/{slug}", "get", "security")).as("public: security []").isEmpty();
        assertThat(openApi.getList("security")).as("every other operation takes the token").hasSize(1);
        assertThat((String) at(openApi, "/exercises/{slug}", "get", "responses", "200", "content", "application/json",
                "schema", "$ref")).endsWith("/Exercise");
        assertThat((Map<String, Object>) at(openApi, "/exercises/{slug}", "put", "responses"))
                .containsKeys("200", "400", "401", "403", "404", "412", "422", "428");
    }

    /** The value under paths.<path>.<keys...>, or null. */
    @SuppressWarnings("unchecked")
    private static Object at(JsonPath openApi, String path, String... keys) {
        Object value = openApi.getMap("paths").get(path);
        for (String key : keys) {
            value = value == null ? null : ((Map<String, Object>) value).get(key);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> enumOf(List<Map<String, Object>> parameters, String name) {
        Map<String, Object> parameter = parameters.stream().filter(p -> name.equals(p.get("name"))).findFirst().orElseThrow();
        return (List<String>) ((Map<String, Object>) parameter.get("schema")).get("enum");
    }
}
