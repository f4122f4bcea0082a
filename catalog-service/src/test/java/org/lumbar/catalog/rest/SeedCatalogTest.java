package org.lumbar.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lumbar.catalog.TestExercises;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumbar.catalog.domain.DifficultyGraph;
import org.lumbar.catalog.domain.ExerciseLink;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The catalog against the seed articles in shared/seeds (000 to 004 below are their file name prefixes). Where seeds
 * disagree on a dose the catalog keeps the whole range; "-" means the seeds give no figure.
 */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class SeedCatalogTest {

    /** slug | sets | reps | hold seconds | per side | flare-up safe | seeds it draws on */
    private static final String SEED_TABLE = """
            pelvic-tilt                     | 1     | 10-12 | 3-5    | false | true  | 000
            cat-cow                         | 1     | 10-15 | -      | false | true  | 000 001 002 004
            knee-to-chest                   | 1     | 2     | 10-30  | true  | true  | 000 002 004
            knee-to-chest-towel             | 1     | 2     | 20-30  | true  | true  | 000
            knee-to-chest-extended-leg      | 1     | -     | 10-15  | true  | false | 002
            double-knee-to-chest            | 1     | -     | 20-30  | false | false | 000
            bird-dog-leg-only               | 1     | -     | -      | true  | false | 002
            bird-dog-arm-only               | 1     | -     | -      | true  | false | 002
            bird-dog                        | 2     | 8-12  | 2-5    | true  | false | 000 001 002 004
            bird-dog-crunch                 | 1     | -     | -      | true  | false | 003
            glute-bridge                    | 2     | 10-15 | 3-5    | false | false | 000 001 004
            bridge-transverse-activation    | 1     | -     | -      | false | false | 003
            bridge-leg-lift                 | 1     | -     | 2      | true  | false | 003
            dead-bug-leg-only               | 1     | -     | -      | true  | false | 002
            dead-bug                        | 1     | -     | -      | true  | false | 000 001 002
            forearm-plank                   | 2-3   | -     | 20-45  | false | false | 000
            side-plank                      | 1     | -     | 15-30  | true  | false | 000 001
            side-plank-bent-knee            | 1     | -     | 15-20  | true  | false | 000
            side-plank-clamshell            | 1     | -     | -      | true  | false | 002
            side-plank-clamshell-lifted     | 1     | -     | -      | true  | false | 002
            bodyweight-squat                | 1     | -     | -      | false | false | 000 001
            hip-hinge                       | 1     | -     | -      | false | false | 001
            lunge-with-twist                | 1     | -     | -      | true  | false | 001
            childs-pose                     | 1     | -     | 20-120 | false | false | 001 002 004
            hip-flexor-stretch              | 1     | -     | 20-30  | true  | false | 001
            piriformis-stretch              | 1     | -     | 30     | true  | false | 001
            seated-spinal-twist             | 1     | -     | 20-30  | true  | false | 004
            lumbar-rotation                 | 1     | -     | -      | true  | false | 002 003
            leg-swing                       | 1     | -     | 30     | true  | false | 002
            standing-windmill               | 1     | -     | -      | true  | false | 002
            side-lying-windmill             | 1     | -     | -      | true  | false | 003
            thread-the-needle               | 1     | -     | -      | true  | false | 003
            transverse-abdominis-activation | 1     | -     | -      | false | false | 003
            supine-marches                  | 1     | -     | -      | true  | false | 002
            bear-hold                       | 1     | -     | 15-30  | false | false | 002
            down-dog-to-up-dog              | 1     | -     | 5      | false | false | 002
            partial-crunch                  | 1     | 10-15 | -      | false | false | 004
            foam-rolling                    | 1     | -     | 20-30  | false | false | 001
            diaphragmatic-breathing         | 1     | -     | -      | false | false | 001
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = SEED_TABLE)
    void everySeedExerciseIsInTheCatalogWithItsSeedDose(String slug, String sets, String reps, String hold,
            boolean perSide, boolean flareUpSafe, String seeds) {
        JsonPath exercise = given().when().get("/exercises/" + slug).then().statusCode(200).extract().jsonPath();

        assertThat(range(exercise, "defaultDose.sets")).isEqualTo(sets);
        assertThat(range(exercise, "defaultDose.reps")).isEqualTo(reps);
        assertThat(range(exercise, "defaultDose.holdSeconds")).isEqualTo(hold);
        assertThat(exercise.getBoolean("defaultDose.perSide")).isEqualTo(perSide);
        assertThat(exercise.getBoolean("flareUpSafe")).isEqualTo(flareUpSafe);
        assertThat(exercise.getBoolean("retired")).isFalse();
        assertThat(exercise.getList("sources", String.class)).extracting(source -> source.substring(0, 3))
                .containsExactlyInAnyOrder(seeds.split(" "));
        assertThat(exercise.getString("name")).isNotBlank();
        assertThat(exercise.getString("purpose")).isNotBlank();
        assertThat(exercise.getString("setup")).isNotBlank();
        assertThat(exercise.getList("steps")).isNotEmpty();
        assertThat(exercise.getList("stopSigns")).isNotEmpty();
        assertThat(exercise.getList("targetAreas")).isNotEmpty();
        assertThat(exercise.getList("equipment")).isNotEmpty();
    }

    @Test
    void theCatalogHoldsExactlyTheSeedExercisesBesidesWhatTestsAdd() {
        assertThat(catalog().keySet().stream().filter(slug -> !slug.startsWith("test-")))
                .containsExactlyInAnyOrderElementsOf(seedSlugs());
    }

    @Test
    void everyLinkResolvesToAnExerciseOfTheCatalog() {
        Map<String, Map<String, Object>> catalog = catalog();
        for (Map<String, Object> exercise : catalog.values()) {
            for (String kind : List.of(ExerciseLink.EASIER, ExerciseLink.HARDER)) {
                assertThat(linked(exercise, kind)).as("%s links of %s", kind, exercise.get("slug"))
                        .allSatisfy(slug -> assertThat(catalog).containsKey(slug));
            }
        }
    }

    @Test
    void theProgressionGraphHasNoCycle() {
        List<DifficultyGraph.Edge> edges = new ArrayList<>();
        for (Map<String, Object> exercise : catalog().values()) {
            for (String kind : List.of(ExerciseLink.EASIER, ExerciseLink.HARDER)) {
                linked(exercise, kind).forEach(to -> edges.add(DifficultyGraph.Edge.of((String) exercise.get("slug"), kind, to)));
            }
        }
        assertThat(edges).hasSizeGreaterThanOrEqualTo(20);
        assertThat(new DifficultyGraph(edges).anyCycle()).isEmpty();
    }

    @Test
    void seedLinksAreStatedBothWaysAndNeverLeadToALowerLevel() {
        Map<String, Map<String, Object>> catalog = catalog();
        for (String slug : seedSlugs()) {
            Map<String, Object> exercise = catalog.get(slug);
            for (String harder : linked(exercise, ExerciseLink.HARDER)) {
                assertThat(linked(catalog.get(harder), ExerciseLink.EASIER)).as("easier links of %s", harder).contains(slug);
                assertThat((Integer) catalog.get(harder).get("level")).as("level of %s, harder than %s", harder, slug)
                        .isGreaterThanOrEqualTo((Integer) exercise.get("level"));
            }
            for (String easier : linked(exercise, ExerciseLink.EASIER)) {
                assertThat(linked(catalog.get(easier), ExerciseLink.HARDER)).as("harder links of %s", easier).contains(slug);
            }
        }
    }

    private static Set<String> seedSlugs() {
        return SEED_TABLE.lines().map(line -> line.split("\\|")[0].strip()).collect(Collectors.toSet());
    }

    /** Every exercise, retired ones included, by slug. */
    private static Map<String, Map<String, Object>> catalog() {
        return TestExercises.everyExercise("slug").stream()
                .collect(Collectors.toMap(e -> (String) e.get("slug"), Function.identity()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> linked(Map<String, Object> exercise, String kind) {
        return ((List<Map<String, Object>>) exercise.get(kind)).stream().map(link -> (String) link.get("slug")).toList();
    }

    /** "10-12", "30" when min = max, "-" when absent: the notation of the seed table. */
    private static String range(JsonPath exercise, String path) {
        Map<String, Integer> range = exercise.getMap(path);
        if (range == null) {
            return "-";
        }
        return range.get("min").equals(range.get("max")) ? String.valueOf(range.get("min"))
                : range.get("min") + "-" + range.get("max");
    }
}
