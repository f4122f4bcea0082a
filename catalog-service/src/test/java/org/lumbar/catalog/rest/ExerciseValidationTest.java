package org.lumbar.catalog.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.lumbar.catalog.TestExercises.as;
import static org.lumbar.catalog.TestExercises.body;
import static org.lumbar.catalog.TestExercises.read;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lumbar.catalog.TestExercises;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every rule on a written exercise: the answer is a 400 problem naming the field, and nothing is stored. */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class ExerciseValidationTest {

    static Stream<Arguments> invalidExercises() {
        return Stream.of(
                invalid("slug with capitals and spaces", "slug", b -> b.put("slug", "Wall Sit")),
                invalid("slug with a double hyphen", "slug", b -> b.put("slug", "wall--sit")),
                invalid("slug ending in a hyphen", "slug", b -> b.put("slug", "wall-sit-")),
                invalid("slug over 80 characters", "slug", b -> b.put("slug", "a".repeat(81))),
                invalid("no slug", "slug", b -> b.remove("slug")),
                invalid("blank name", "name", b -> b.put("name", " ")),
                invalid("no purpose", "purpose", b -> b.remove("purpose")),
                invalid("blank setup", "setup", b -> b.put("setup", "")),
                invalid("no steps", "steps", b -> b.put("steps", List.of())),
                invalid("a blank step", "steps[1]", b -> b.put("steps", List.of("Stand.", " "))),
                invalid("no stop signs", "stopSigns", b -> b.remove("stopSigns")),
                invalid("unknown category", "category", b -> b.put("category", "yoga")),
                invalid("no category", "category", b -> b.remove("category")),
                invalid("unknown position", "position", b -> b.put("position", "upside-down")),
                invalid("unknown equipment", "equipment[1]", b -> b.put("equipment", List.of("none", "dumbbell"))),
                invalid("no equipment", "equipment", b -> b.put("equipment", List.of())),
                invalid("equipment twice", "equipment", b -> b.put("equipment", List.of("mat", "mat"))),
                invalid("unknown target area", "targetAreas[0]", b -> b.put("targetAreas", List.of("neck"))),
                invalid("level 0", "level", b -> b.put("level", 0)),
                invalid("level 4", "level", b -> b.put("level", 4)),
                invalid("level that is not a number", "level", b -> b.put("level", "hard")),
                invalid("no flare-up safety", "flareUpSafe", b -> b.remove("flareUpSafe")),
                invalid("no dose", "defaultDose", b -> b.remove("defaultDose")),
                invalid("0 sets", "defaultDose.sets.min", dose(d -> d.put("sets", Map.of("min", 0, "max", 2)))),
                invalid("11 sets", "defaultDose.sets.max", dose(d -> d.put("sets", Map.of("min", 2, "max", 11)))),
                invalid("0 reps", "defaultDose.reps.min", dose(d -> d.put("reps", Map.of("min", 0, "max", 10)))),
                invalid("101 reps", "defaultDose.reps.max", dose(d -> d.put("reps", Map.of("min", 10, "max", 101)))),
                invalid("a hold of 0 s", "defaultDose.holdSeconds.min", dose(d -> d.put("holdSeconds", Map.of("min", 0, "max", 5)))),
                invalid("a hold of 601 s", "defaultDose.holdSeconds.max", dose(d -> d.put("holdSeconds", Map.of("min", 30, "max", 601)))),
                invalid("reps min above max", "defaultDose.reps.max", dose(d -> d.put("reps", Map.of("min", 12, "max", 10)))),
                invalid("sets min above max", "defaultDose.sets.max", dose(d -> d.put("sets", Map.of("min", 3, "max", 2)))),
                invalid("a range without max", "defaultDose.holdSeconds.max", dose(d -> d.put("holdSeconds", Map.of("min", 30)))),
                invalid("no per-side flag", "defaultDose.perSide", dose(d -> d.remove("perSide"))),
                invalid("a link that is not a slug", "easier[0].slug", b -> b.put("easier", List.of(Map.of("slug", "Bird Dog")))),
                invalid("a link without a slug", "harder[0].slug", b -> b.put("harder", List.of(Map.of("note", "harder")))),
                invalid("an unknown field", "colour", b -> b.put("colour", "blue")),
                invalid("an unknown dose field", "defaultDose.weight", dose(d -> d.put("weight", 5))));
    }

    private static Arguments invalid(String what, String field, Consumer<Map<String, Object>> change) {
        return Arguments.of(what, field, change);
    }

    @SuppressWarnings("unchecked")
    private static Consumer<Map<String, Object>> dose(Consumer<Map<String, Object>> change) {
        return body -> change.accept((Map<String, Object>) body.get("defaultDose"));
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @MethodSource("invalidExercises")
    void anInvalidExerciseIsRefusedNamingTheFieldAndNothingIsStored(String what, String field,
            Consumer<Map<String, Object>> change) {
        String slug = "test-invalid-" + Math.abs(what.hashCode());
        Map<String, Object> exercise = body(slug);
        change.accept(exercise);

        as(DemoUser.ERIN).body(exercise)
                .when().post("/exercises")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
        read(slug).statusCode(404);
        if (exercise.get("slug") instanceof String sent && !sent.isBlank()) {
            read(sent).statusCode(404);
        }
    }

    /** On a replace the slug comes from the path; a different one in the body is a 422 (ExerciseAdminTest). */
    static Stream<Arguments> invalidReplacements() {
        return invalidExercises().filter(arguments -> !arguments.get()[1].equals("slug"));
    }

    @ParameterizedTest(name = "{0} is refused on a replace too")
    @MethodSource("invalidReplacements")
    void anInvalidReplaceIsRefusedAndTheExerciseStaysAsItWas(String what, String field,
            Consumer<Map<String, Object>> change) {
        String slug = "test-invalid-replace";
        String etag = read(slug).extract().statusCode() == 404 ? TestExercises.create(body(slug))
                : read(slug).extract().header("ETag");
        Map<String, Object> exercise = body(slug);
        change.accept(exercise);

        as(DemoUser.ERIN).header("If-Match", etag).body(exercise)
                .when().put("/exercises/" + slug)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        read(slug).statusCode(200).header("ETag", etag);
    }

    @Test
    void anUnknownCodeIsAnsweredWithTheAllowedCodes() {
        Map<String, Object> exercise = body("test-invalid-codes");
        exercise.put("category", "yoga");
        as(DemoUser.ERIN).body(exercise)
                .when().post("/exercises")
                .then().statusCode(400)
                .body("errors[0].message", containsString("mobility, core-stability, functional-strength, stretch, breathing, self-massage"));
    }
}
