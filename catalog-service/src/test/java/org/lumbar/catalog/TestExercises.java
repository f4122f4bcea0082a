package org.lumbar.catalog;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lumbar.testing.DemoUser;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * A valid exercise body for admin writes, as a map the test can change before sending. Tests share one database,
 * so every test that writes uses slugs of its own (prefixed {@code test-}) and never changes a seed exercise.
 */
public final class TestExercises {

    private TestExercises() {
    }

    public static Map<String, Object> body(String slug) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", slug);
        body.put("name", "Wall Sit " + slug);
        body.put("aliases", List.of("Wall Squat"));
        body.put("category", "functional-strength");
        body.put("position", "standing");
        body.put("equipment", List.of("none"));
        body.put("level", 2);
        body.put("flareUpSafe", false);
        body.put("purpose", "Builds leg endurance with the back supported by a wall.");
        body.put("setup", "Stand with the back against a wall, feet a step away from it.");
        body.put("steps", List.of("Slide down until the knees are bent to about 45 degrees.", "Hold, then slide back up."));
        body.put("formCues", List.of("Keep the whole back against the wall."));
        body.put("commonMistakes", List.of("Letting the knees drift in front of the toes."));
        body.put("defaultDose", dose(Map.of("min", 2, "max", 3), null, Map.of("min", 20, "max", 40), false));
        body.put("breathingCue", "Breathe steadily; never hold your breath.");
        body.put("targetAreas", List.of("quadriceps", "glutes"));
        body.put("stopSigns", List.of("Knee pain: stand up and rest."));
        body.put("easier", new ArrayList<>());
        body.put("harder", new ArrayList<>());
        body.put("sources", List.of());
        return body;
    }

    public static Map<String, Object> dose(Map<String, Object> sets, Map<String, Object> reps, Map<String, Object> hold,
            boolean perSide) {
        Map<String, Object> dose = new LinkedHashMap<>();
        dose.put("sets", sets);
        if (reps != null) {
            dose.put("reps", reps);
        }
        if (hold != null) {
            dose.put("holdSeconds", hold);
        }
        dose.put("perSide", perSide);
        return dose;
    }

    public static Map<String, Object> link(String slug) {
        return Map.of("slug", slug);
    }

    public static RequestSpecification as(DemoUser user) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON);
    }

    /** Creates the exercise as erin (admin) and returns its ETag. */
    public static String create(Map<String, Object> body) {
        return as(DemoUser.ERIN).body(body).when().post("/exercises").then().statusCode(201).extract().header("ETag");
    }

    /** Every exercise of the catalog, retired ones included, page by page. */
    public static List<Map<String, Object>> everyExercise(String sort) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonPath onePage = given().queryParam("includeRetired", true).queryParam("sort", sort)
                    .queryParam("size", 100).queryParam("page", page)
                    .when().get("/exercises").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = onePage.getList("items");
            all.addAll(items);
            if (items.isEmpty() || all.size() >= onePage.getInt("total")) {
                return all;
            }
        }
    }

    public static ValidatableResponse read(String slug) {
        return given().when().get("/exercises/" + slug).then();
    }
}
