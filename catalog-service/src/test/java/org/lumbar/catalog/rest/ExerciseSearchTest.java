package org.lumbar.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lumbar.catalog.TestExercises;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Search over the seed catalog. Other tests add exercises (all functional-strength, standing, no equipment, for
 * quadriceps and glutes), so exact answers here use filters those cannot match.
 */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class ExerciseSearchTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            category=mobility                             | cat-cow pelvic-tilt lumbar-rotation standing-windmill side-lying-windmill thread-the-needle down-dog-to-up-dog
            category=breathing                            | diaphragmatic-breathing
            category=self-massage                         | foam-rolling
            position=kneeling                             | childs-pose hip-flexor-stretch
            position=prone                                | forearm-plank
            equipment=pillow                              | lumbar-rotation side-lying-windmill
            equipment=towel                               | knee-to-chest-towel
            equipment=foam-roller                         | foam-rolling
            target=piriformis                             | piriformis-stretch
            target=thoracic-spine                         | cat-cow seated-spinal-twist standing-windmill side-lying-windmill thread-the-needle down-dog-to-up-dog
            q=windmill                                    | standing-windmill side-lying-windmill
            q=Balasana                                    | childs-pose
            q=sciatic                                     | piriformis-stretch
            q=knee chest                                  | knee-to-chest knee-to-chest-towel knee-to-chest-extended-leg double-knee-to-chest
            category=mobility&position=supine             | pelvic-tilt lumbar-rotation
            category=mobility&level=2                     | standing-windmill down-dog-to-up-dog
            category=mobility&flareUpSafe=false           | lumbar-rotation standing-windmill side-lying-windmill thread-the-needle down-dog-to-up-dog
            category=stretch&flareUpSafe=true             | knee-to-chest knee-to-chest-towel
            category=core-stability&position=quadruped&level=1 | bird-dog-leg-only bird-dog-arm-only
            position=side-lying&target=obliques           | side-plank side-plank-bent-knee side-plank-clamshell side-plank-clamshell-lifted
            equipment=mat&level=3                         | bird-dog-crunch bridge-leg-lift side-plank side-plank-clamshell-lifted
            q=plank&position=side-lying&level=2           | side-plank-bent-knee side-plank-clamshell
            category=stretch&position=supine&target=lower-back&equipment=mat&level=1&flareUpSafe=true&q=towel | knee-to-chest-towel
            """)
    void filtersCombineAndAnswerExactlyTheMatchingExercises(String filters, String expected) {
        List<String> slugs = Arrays.asList(expected.split(" "));
        given().queryParams(parse(filters)).queryParam("size", 100)
                .when().get("/exercises")
                .then().statusCode(200)
                .body("total", equalTo(slugs.size()))
                .body("items.slug", containsInAnyOrder(slugs.toArray()));
    }

    @Test
    void everyItemOfAFilteredSearchHasTheFilteredValues() {
        JsonPath page = given().queryParam("position", "supine").queryParam("level", 1).queryParam("target", "deep-core")
                .queryParam("equipment", "mat").queryParam("size", 100)
                .when().get("/exercises")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        assertThat(items).isNotEmpty().allSatisfy(item -> {
            assertThat(item).containsEntry("position", "supine").containsEntry("level", 1);
            assertThat((List<String>) item.get("targetAreas")).contains("deep-core");
            assertThat((List<String>) item.get("equipment")).contains("mat");
        });
    }

    @Test
    void theWholeCatalogIsPublicAndHoldsEverySeedExercise() {
        given().queryParam("size", 100)
                .when().get("/exercises")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(39))
                .body("items", hasSize(greaterThanOrEqualTo(39)));
    }

    @Test
    void pagesTogetherHoldEveryMatchOnceAndEachCarriesTheTotal() {
        int total = given().when().get("/exercises").then().statusCode(200).extract().jsonPath().getInt("total");
        List<String> expected = TestExercises.everyExercise("slug").stream()
                .filter(exercise -> !(Boolean) exercise.get("retired")).map(exercise -> (String) exercise.get("slug")).toList();

        List<String> paged = new ArrayList<>();
        for (int page = 0; page * 7 < total; page++) {
            JsonPath onePage = given().queryParam("sort", "slug").queryParam("size", 7).queryParam("page", page)
                    .when().get("/exercises").then().statusCode(200).extract().jsonPath();
            assertThat(onePage.getInt("total")).isEqualTo(total);
            assertThat(onePage.getList("items")).hasSizeLessThanOrEqualTo(7);
            paged.addAll(onePage.getList("items.slug"));
        }
        assertThat(paged).isEqualTo(expected).doesNotHaveDuplicates().hasSize(total);
    }

    @Test
    void aPageAfterTheLastIsEmptyButKeepsTheTotal() {
        given().queryParam("category", "mobility").queryParam("size", 5).queryParam("page", 1)
                .when().get("/exercises")
                .then().statusCode(200).body("total", equalTo(7)).body("items", hasSize(2));
        given().queryParam("category", "mobility").queryParam("size", 5).queryParam("page", 2)
                .when().get("/exercises")
                .then().statusCode(200).body("total", equalTo(7)).body("items", empty());
    }

    @Test
    void byDefaultTheGentlestComeFirstThenByName() {
        List<Map<String, Object>> items = given().queryParam("category", "mobility")
                .when().get("/exercises").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(items).extracting(i -> i.get("name")).containsExactly("Cat-Cow", "Lumbar Rotation", "Pelvic Tilt",
                "Side-Lying Windmill", "Thread the Needle", "Downward Dog to Upward Dog", "Standing Windmill");
    }

    @ParameterizedTest(name = "sort={0}")
    @CsvSource(delimiter = '|', textBlock = """
            name   | Cat-Cow, Downward Dog to Upward Dog, Lumbar Rotation, Pelvic Tilt, Side-Lying Windmill, Standing Windmill, Thread the Needle
            -name  | Thread the Needle, Standing Windmill, Side-Lying Windmill, Pelvic Tilt, Lumbar Rotation, Downward Dog to Upward Dog, Cat-Cow
            level  | Cat-Cow, Lumbar Rotation, Pelvic Tilt, Side-Lying Windmill, Thread the Needle, Downward Dog to Upward Dog, Standing Windmill
            -level | Downward Dog to Upward Dog, Standing Windmill, Cat-Cow, Lumbar Rotation, Pelvic Tilt, Side-Lying Windmill, Thread the Needle
            slug   | Cat-Cow, Downward Dog to Upward Dog, Lumbar Rotation, Pelvic Tilt, Side-Lying Windmill, Standing Windmill, Thread the Needle
            -slug  | Thread the Needle, Standing Windmill, Side-Lying Windmill, Pelvic Tilt, Lumbar Rotation, Downward Dog to Upward Dog, Cat-Cow
            """)
    void sortOrdersTheResults(String sort, String expectedNames) {
        List<String> names = given().queryParam("category", "mobility").queryParam("sort", sort)
                .when().get("/exercises").then().statusCode(200).extract().jsonPath().getList("items.name");
        assertThat(names).containsExactly(expectedNames.split(", "));
    }

    @Test
    void sortingByLevelKeepsLevelsInOrder() {
        List<Integer> ascending = given().queryParam("category", "core-stability").queryParam("sort", "level")
                .queryParam("size", 100).when().get("/exercises").then().statusCode(200).extract().jsonPath().getList("items.level");
        List<Integer> descending = given().queryParam("category", "core-stability").queryParam("sort", "-level")
                .queryParam("size", 100).when().get("/exercises").then().statusCode(200).extract().jsonPath().getList("items.level");
        assertThat(ascending).isSorted().contains(1, 2, 3);
        assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void searchWordsAreTakenLiterallyNotAsPatterns() {
        given().queryParam("q", "%").when().get("/exercises").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", "_").when().get("/exercises").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", "CHILD'S").when().get("/exercises")
                .then().statusCode(200).body("items.slug", containsInAnyOrder("childs-pose"));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            category       | yoga        | mobility, core-stability, functional-strength, stretch, breathing, self-massage
            position       | upside-down | supine, prone, quadruped, side-lying, kneeling, seated, standing
            equipment      | dumbbell    | none, mat, towel, foam-roller, pillow
            level          | 4           | 1, 2, 3
            level          | easy        | 1, 2, 3
            flareUpSafe    | yes         | true, false
            includeRetired | 1           | true, false
            target         | neck        | lower-back, deep-core, abdominals, obliques, glutes, hamstrings, hip-flexors, quadriceps, piriformis, thoracic-spine, shoulders
            sort           | popularity  | level, -level, name, -name, slug, -slug
            page           | -1          | whole number from 0
            page           | two         | whole number from 0
            size           | 0           | whole number from 1 to 100
            size           | 101         | whole number from 1 to 100
            categroy       | mobility    | category, position, equipment, level, flareUpSafe, target, q, includeRetired, sort, page, size
            """)
    void anUnknownParameterOrValueIsABadRequestListingWhatIsAllowed(String parameter, String value, String allowed) {
        given().queryParam(parameter, value)
                .when().get("/exercises")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo(parameter))
                .body("detail", containsString(allowed));
    }

    @Test
    void aRepeatedOrOverlongParameterIsABadRequest() {
        given().queryParam("category", "mobility", "stretch")
                .when().get("/exercises")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("category"));
        given().queryParam("q", "x".repeat(101))
                .when().get("/exercises")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("q"));
    }

    private static Map<String, String> parse(String filters) {
        return Arrays.stream(filters.split("&")).map(f -> f.split("=", 2))
                .collect(Collectors.toMap(f -> f[0], f -> f[1]));
    }
}
