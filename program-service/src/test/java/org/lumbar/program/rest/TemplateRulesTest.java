package org.lumbar.program.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbar.clinical.progression.ExerciseFacts;
import org.lumbar.clinical.schedule.ScheduleRules;
import org.lumbar.contracts.catalog.Dose;
import org.lumbar.contracts.catalog.ExercisePublished;
import org.lumbar.program.CatalogFixture;
import org.lumbar.program.ScreeningFixture;
import org.lumbar.program.domain.KnownExercise;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The templates as the seeds give them (rules schedule.*), judged against the categories of catalog-service's own
 * catalog, read from its migration rather than copied here.
 */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class TemplateRulesTest {

    private static final Path CATALOG = Path.of("../catalog-service/src/main/resources/db/migration/V2__exercises.sql");
    private static final Pattern EXERCISE_ROW = Pattern.compile("^\\s*\\('([a-z0-9-]+)', '(?:[^']|'')*', '([a-z-]+)'",
            Pattern.MULTILINE);
    private static final Map<String, String> CATEGORY = new HashMap<>();

    @BeforeAll
    static void readTheCatalog() throws IOException {
        String sql = Files.readString(CATALOG);
        String exercises = sql.substring(sql.indexOf("insert into exercise ("), sql.indexOf("insert into exercise_alias"));
        Matcher rows = EXERCISE_ROW.matcher(exercises);
        while (rows.find()) {
            CATEGORY.put(rows.group(1), rows.group(2));
        }
        assertThat(CATEGORY).containsEntry("glute-bridge", "core-stability").containsEntry("cat-cow", "mobility")
                .hasSizeGreaterThan(30);
    }

    @BeforeEach
    void catalogIsKnown() {
        CatalogFixture.publishGentleReliefExercises();
        ScreeningFixture.answeredNo(DemoUser.ALICE);
    }

    private static JsonPath templates() {
        return given().header("Authorization", DemoUser.ALICE.bearer()).get("/templates").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void noTemplateSchedulesStrengthOnConsecutiveDays() {
        JsonPath templates = templates();
        List<String> ids = templates.getList("id");
        assertThat(ids).contains("core-strengthening", "gentle-relief", "daily-back-care", "morning-mobility");
        for (int t = 0; t < ids.size(); t++) {
            String at = "[" + t + "].";
            List<String> mainExercises = templates.getList(at + "items.findAll { it.phase == null }.exercise");
            List<String> strength = mainExercises.stream().filter(slug -> ExerciseFacts.Kind.ofCategory(
                    CATEGORY.get(slug)) == ExerciseFacts.Kind.STRENGTHENING).toList();
            List<String> weekdays = templates.getList(at + "schedule.weekdays");
            assertThat(ScheduleRules.check(!strength.isEmpty(),
                    ScheduleRules.Kind.valueOf(templates.getString(at + "schedule.kind")),
                    templates.get(at + "schedule.timesPerDay"), templates.get(at + "schedule.maxPerWeek"),
                    templates.getBoolean(at + "schedule.nonConsecutive"),
                    weekdays == null ? List.of() : weekdays.stream().map(DayOfWeek::valueOf).toList()))
                    .as("%s with %s", ids.get(t), strength).isEmpty();
        }
        assertThat(templates.getString("find { it.id == 'core-strengthening' }.schedule.kind")).isEqualTo("WEEKLY");
        assertThat(templates.getList("find { it.id == 'daily-back-care' }.items.exercise"))
                .doesNotContain("bird-dog", "glute-bridge", "side-plank");
    }

    @Test
    void gentleReliefTwiceADayAndCoreStrengtheningWarmsUpWithIt() {
        JsonPath templates = templates();
        String core = "find { it.id == 'core-strengthening' }.";
        assertThat(templates.getList(core + "items.findAll { it.phase == 'warm-up' }.exercise"))
                .containsExactlyElementsOf(templates.getList("find { it.id == 'gentle-relief' }.items.exercise"));
        assertThat(templates.getList(core + "items.exercise").subList(3, 6))
                .containsExactly("glute-bridge", "bird-dog", "forearm-plank");
        String twice = "find { it.id == 'gentle-relief-twice-daily' }.";
        assertThat(templates.getString(twice + "schedule.kind")).isEqualTo("DAILY");
        assertThat(templates.getInt(twice + "schedule.timesPerDay")).isEqualTo(2);

        String program = given().header("Authorization", DemoUser.ALICE.bearer()).contentType(ContentType.JSON)
                .body("{\"templateId\":\"gentle-relief-twice-daily\"}").post("/programs").then().statusCode(201)
                .extract().path("id");
        given().header("Authorization", DemoUser.ALICE.bearer()).get("/programs/" + program + "/plan").then()
                .statusCode(200).body("days[0].sessions", equalTo(2))
                .body("days[0].slots", equalTo(List.of("morning", "evening")));
    }

    @Test
    void theMorningAndEveningMobilityRoutinesExist() {
        JsonPath templates = templates();
        assertThat(templates.getInt("find { it.id == 'morning-mobility' }.minutesMax")).isEqualTo(5);
        assertThat(templates.getInt("find { it.id == 'evening-mobility' }.minutesMin")).isEqualTo(20);
        assertThat(templates.getString("find { it.id == 'evening-mobility' }.schedule.kind")).isEqualTo("DAILY");
        assertThat(templates.getList("find { it.id == 'evening-mobility' }.items.exercise"))
                .contains("cat-cow", "down-dog-to-up-dog", "leg-swing", "childs-pose");
    }

    @Test
    void aProgramThatPutsStrengthOnConsecutiveDaysIsRefusedNamingTheRule() {
        // a strengthening exercise of this test's own, so the shared catalog fixture stays as it is
        KafkaEvents.publish(new ExercisePublished("test-strength-move", "Test strength move", "core-stability", "supine",
                2, false, false, new Dose(2, 2, 10, 15, null, null, false), List.of(), List.of(), 1),
                "test-strength-move");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> KnownExercise.findById("test-strength-move") != null));
        String items = "\"items\":[{\"exercise\":\"test-strength-move\",\"sets\":2,\"reps\":10}]";
        given().header("Authorization", DemoUser.ALICE.bearer()).contentType(ContentType.JSON)
                .body("{" + items + ",\"schedule\":{\"kind\":\"DAILY\",\"timesPerDay\":1}}")
                .post("/programs").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("schedule"))
                .body("errors[0].message", containsString("schedule.strength-rest-day"));
        given().header("Authorization", DemoUser.ALICE.bearer()).contentType(ContentType.JSON)
                .body("{" + items + ",\"schedule\":{\"kind\":\"WEEKDAYS\",\"weekdays\":[\"MONDAY\",\"TUESDAY\"]}}")
                .post("/programs").then().statusCode(422).body("errors[0].field", equalTo("schedule"));
        given().header("Authorization", DemoUser.ALICE.bearer()).contentType(ContentType.JSON)
                .body("{" + items + ",\"schedule\":{\"kind\":\"WEEKLY\",\"minPerWeek\":3,\"maxPerWeek\":4,"
                        + "\"nonConsecutive\":true}}")
                .post("/programs").then().statusCode(201);
    }
}
