package org.lumbar.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.lumbar.catalog.TestExercises.as;
import static org.lumbar.catalog.TestExercises.body;
import static org.lumbar.catalog.TestExercises.create;
import static org.lumbar.catalog.TestExercises.link;
import static org.lumbar.catalog.TestExercises.read;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class ExerciseAdminTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anAdminCreatesAnExerciseAtVersionOneReadableAtItsLocation() {
        String location = as(DemoUser.ERIN).body(body("test-create"))
                .when().post("/exercises")
                .then().statusCode(201)
                .header("ETag", "\"test-create-1\"")
                .header("Location", endsWith("/exercises/test-create"))
                .body("slug", equalTo("test-create"))
                .body("version", equalTo(1))
                .body("retired", equalTo(false))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body("name", equalTo("Wall Sit test-create"))
                .body("defaultDose.sets.min", equalTo(2))
                .body("defaultDose.holdSeconds.max", equalTo(40))
                .body("targetAreas", equalTo(List.of("quadriceps", "glutes")));
        given().queryParam("q", "wall sit test-create")
                .when().get("/exercises")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].slug", equalTo("test-create"));
    }

    @Test
    void writesWithoutATokenAreUnauthorized() {
        given().contentType(ContentType.JSON).body(body("test-no-token"))
                .when().post("/exercises").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer").contentType(PROBLEM).body("status", equalTo(401));
        given().contentType(ContentType.JSON).header("If-Match", "\"pelvic-tilt-1\"").body(body("pelvic-tilt"))
                .when().put("/exercises/pelvic-tilt").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer").contentType(PROBLEM).body("status", equalTo(401));
        given().header("If-Match", "\"pelvic-tilt-1\"")
                .when().post("/exercises/pelvic-tilt/retire").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer").contentType(PROBLEM).body("status", equalTo(401));
        read("test-no-token").statusCode(404);
    }

    @Test
    void patientsAndCliniciansCannotChangeTheCatalog() {
        String etag = read("pelvic-tilt").extract().header("ETag");
        as(DemoUser.ALICE).body(body("test-by-patient"))
                .when().post("/exercises").then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
        as(DemoUser.CAROL).body(body("test-by-clinician"))
                .when().post("/exercises").then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
        as(DemoUser.ALICE).header("If-Match", etag).body(body("pelvic-tilt"))
                .when().put("/exercises/pelvic-tilt").then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
        as(DemoUser.ALICE).header("If-Match", etag)
                .when().post("/exercises/pelvic-tilt/retire").then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));

        read("test-by-patient").statusCode(404);
        read("test-by-clinician").statusCode(404);
        read("pelvic-tilt").statusCode(200).header("ETag", etag).body("retired", equalTo(false));
    }

    @Test
    void aReplaceBasedOnTheCurrentEtagStoresTheChangeAsTheNextVersion() {
        String etag = create(body("test-replace"));
        Map<String, Object> change = body("test-replace");
        change.put("level", 3);
        change.put("name", "Wall Sit, Deeper");

        as(DemoUser.ERIN).header("If-Match", etag).body(change)
                .when().put("/exercises/test-replace")
                .then().statusCode(200)
                .header("ETag", "\"test-replace-2\"")
                .body("version", equalTo(2))
                .body("level", equalTo(3));
        read("test-replace").statusCode(200)
                .header("ETag", "\"test-replace-2\"")
                .body("name", equalTo("Wall Sit, Deeper"));
    }

    @Test
    void aReplaceBasedOnAStaleEtagIsRefusedWith412AndChangesNothing() {
        String first = create(body("test-stale"));
        Map<String, Object> change = body("test-stale");
        change.put("level", 1);
        as(DemoUser.ERIN).header("If-Match", first).body(change)
                .when().put("/exercises/test-stale").then().statusCode(200);

        change.put("level", 3);
        as(DemoUser.ERIN).header("If-Match", first).body(change)
                .when().put("/exercises/test-stale")
                .then().statusCode(412)
                .contentType(PROBLEM)
                .body("status", equalTo(412))
                .body("errors[0].field", equalTo("If-Match"))
                .body("errors[0].message", containsString("current version 2"));
        read("test-stale").statusCode(200).body("version", equalTo(2)).body("level", equalTo(1));
    }

    @Test
    void theBodyVersionIsAPreconditionLikeIfMatch() {
        create(body("test-body-version"));
        Map<String, Object> change = body("test-body-version");
        change.put("version", 1);
        change.put("flareUpSafe", true);
        as(DemoUser.ERIN).body(change)
                .when().put("/exercises/test-body-version")
                .then().statusCode(200).body("version", equalTo(2)).body("flareUpSafe", equalTo(true));

        change.put("flareUpSafe", false);
        as(DemoUser.ERIN).body(change)
                .when().put("/exercises/test-body-version")
                .then().statusCode(412).contentType(PROBLEM).body("errors[0].field", equalTo("version"));
        read("test-body-version").statusCode(200).body("flareUpSafe", equalTo(true));
    }

    @Test
    void aReadCanBeEditedAndSentBackAsItIs() {
        create(body("test-round-trip"));
        Map<String, Object> read = read("test-round-trip").statusCode(200).extract().as(Map.class);
        read.put("purpose", "Changed by sending the read back.");

        as(DemoUser.ERIN).body(read)
                .when().put("/exercises/test-round-trip")
                .then().statusCode(200)
                .body("version", equalTo(2))
                .body("purpose", equalTo("Changed by sending the read back."));
    }

    @Test
    void aReplaceWithoutAPreconditionIsRefusedWith428() {
        create(body("test-no-precondition"));
        as(DemoUser.ERIN).body(body("test-no-precondition"))
                .when().put("/exercises/test-no-precondition")
                .then().statusCode(428).contentType(PROBLEM).body("errors[0].field", equalTo("If-Match"));
        as(DemoUser.ERIN).header("If-Match", "*").body(body("test-no-precondition"))
                .when().put("/exercises/test-no-precondition")
                .then().statusCode(428).contentType(PROBLEM);
        read("test-no-precondition").statusCode(200).body("version", equalTo(1));
    }

    @Test
    void weakEtagsAndEtagsOfOtherExercisesNeverMatch() {
        create(body("test-foreign-etag"));
        as(DemoUser.ERIN).header("If-Match", "W/\"test-foreign-etag-1\"").body(body("test-foreign-etag"))
                .when().put("/exercises/test-foreign-etag").then().statusCode(412);
        as(DemoUser.ERIN).header("If-Match", "\"pelvic-tilt-1\"").body(body("test-foreign-etag"))
                .when().put("/exercises/test-foreign-etag").then().statusCode(412);
        as(DemoUser.ERIN).header("If-Match", "\"pelvic-tilt-1\", \"test-foreign-etag-1\"").body(body("test-foreign-etag"))
                .when().put("/exercises/test-foreign-etag").then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void aSlugCannotBeChangedByAReplace() {
        String etag = create(body("test-rename"));
        as(DemoUser.ERIN).header("If-Match", etag).body(body("test-renamed"))
                .when().put("/exercises/test-rename")
                .then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("slug"));
        read("test-renamed").statusCode(404);
    }

    @Test
    void replacingAnUnknownExerciseIsNotFound() {
        as(DemoUser.ERIN).header("If-Match", "\"test-never-created-1\"").body(body("test-never-created"))
                .when().put("/exercises/test-never-created")
                .then().statusCode(404).contentType(PROBLEM);
        as(DemoUser.ERIN).header("If-Match", "\"test-never-created-1\"")
                .when().post("/exercises/test-never-created/retire")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void creatingATakenSlugIsAConflictAndLeavesTheExistingExercise() {
        String etag = read("cat-cow").extract().header("ETag");
        as(DemoUser.ERIN).body(body("cat-cow"))
                .when().post("/exercises")
                .then().statusCode(409).contentType(PROBLEM);
        read("cat-cow").statusCode(200).header("ETag", etag).body("name", equalTo("Cat-Cow"));
    }

    @Test
    void aNewExerciseCannotStartRetired() {
        Map<String, Object> retired = body("test-born-retired");
        retired.put("retired", true);
        as(DemoUser.ERIN).body(retired)
                .when().post("/exercises")
                .then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("retired"));
        read("test-born-retired").statusCode(404);
    }

    @Test
    void aRetiredExerciseLeavesSearchButStaysReadableBySlug() {
        String etag = create(body("test-gone"));

        as(DemoUser.ERIN).header("If-Match", etag)
                .when().post("/exercises/test-gone/retire")
                .then().statusCode(200)
                .header("ETag", "\"test-gone-2\"")
                .body("retired", equalTo(true))
                .body("version", equalTo(2));

        read("test-gone").statusCode(200).body("retired", equalTo(true));
        given().queryParam("q", "test-gone").queryParam("size", 100)
                .when().get("/exercises")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", "test-gone").queryParam("includeRetired", true)
                .when().get("/exercises")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].retired", equalTo(true));
    }

    @Test
    void retiringTwiceChangesNothing() {
        String etag = create(body("test-retire-twice"));
        as(DemoUser.ERIN).header("If-Match", etag).when().post("/exercises/test-retire-twice/retire")
                .then().statusCode(200).body("version", equalTo(2));
        as(DemoUser.ERIN).header("If-Match", etag).when().post("/exercises/test-retire-twice/retire")
                .then().statusCode(200).body("version", equalTo(2)).body("retired", equalTo(true));
    }

    @Test
    void retiringChecksTheVersionToo() {
        create(body("test-retire-stale"));
        as(DemoUser.ERIN).when().post("/exercises/test-retire-stale/retire")
                .then().statusCode(428).contentType(PROBLEM);
        as(DemoUser.ERIN).queryParam("version", 7).when().post("/exercises/test-retire-stale/retire")
                .then().statusCode(412).contentType(PROBLEM).body("errors[0].field", equalTo("version"));
        as(DemoUser.ERIN).queryParam("version", "one").when().post("/exercises/test-retire-stale/retire")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("version"));
        read("test-retire-stale").statusCode(200).body("retired", equalTo(false));

        as(DemoUser.ERIN).queryParam("version", 1).when().post("/exercises/test-retire-stale/retire")
                .then().statusCode(200).body("retired", equalTo(true));
    }

    @Test
    void aReplaceWithRetiredFalseBringsAnExerciseBack() {
        String etag = create(body("test-reinstate"));
        String retiredTag = as(DemoUser.ERIN).header("If-Match", etag).when().post("/exercises/test-reinstate/retire")
                .then().statusCode(200).extract().header("ETag");
        Map<String, Object> back = body("test-reinstate");
        back.put("retired", false);

        as(DemoUser.ERIN).header("If-Match", retiredTag).body(back)
                .when().put("/exercises/test-reinstate")
                .then().statusCode(200).body("retired", equalTo(false)).body("version", equalTo(3));
        given().queryParam("q", "test-reinstate").when().get("/exercises")
                .then().statusCode(200).body("items.slug", hasItem("test-reinstate"));
    }

    @Test
    void aLinkToAnUnknownExerciseIsUnprocessableAndNothingIsStored() {
        Map<String, Object> exercise = body("test-unknown-link");
        exercise.put("easier", List.of(link("bodyweight-squat")));
        exercise.put("harder", List.of(link("no-such-exercise")));

        as(DemoUser.ERIN).body(exercise)
                .when().post("/exercises")
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("harder[0].slug"))
                .body("errors[0].message", containsString("no-such-exercise"));
        read("test-unknown-link").statusCode(404);
    }

    @Test
    void linksAreShownWithTheirNotesAndFollowedByTheProgressions() {
        Map<String, Object> exercise = body("test-linked");
        exercise.put("easier", List.of(Map.of("slug", "bodyweight-squat", "note", "Squat without the wall hold.")));
        create(exercise);

        read("test-linked").statusCode(200)
                .body("easier[0].slug", equalTo("bodyweight-squat"))
                .body("easier[0].note", equalTo("Squat without the wall hold."))
                .body("harder", equalTo(List.of()));
        given().when().get("/exercises/bodyweight-squat/progressions")
                .then().statusCode(200)
                .body("harder.find { it.slug == 'test-linked' }.stepsAway", equalTo(1));
    }

    @Test
    void aLinkThatWouldMakeAnExerciseHarderThanItselfIsUnprocessable() {
        // bird-dog-crunch is harder than bird-dog; in between the two, this one would close a loop
        Map<String, Object> exercise = body("test-cycle-seed");
        exercise.put("easier", List.of(link("bird-dog-crunch")));
        exercise.put("harder", List.of(link("bird-dog")));

        as(DemoUser.ERIN).body(exercise)
                .when().post("/exercises")
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("harder[0].slug"))
                .body("errors[0].message", containsString("bird-dog -> bird-dog-crunch"));
        read("test-cycle-seed").statusCode(404);
    }

    @Test
    void aCycleClosedByAChangeIsUnprocessableAndTheChangeIsNotStored() {
        String baseTag = create(body("test-cycle-base"));
        Map<String, Object> top = body("test-cycle-top");
        top.put("easier", List.of(link("test-cycle-base")));
        create(top);

        Map<String, Object> base = body("test-cycle-base");
        base.put("easier", List.of(link("test-cycle-top")));
        as(DemoUser.ERIN).header("If-Match", baseTag).body(base)
                .when().put("/exercises/test-cycle-base")
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("easier[0].slug"))
                .body("errors[0].message", containsString("harder than itself"));
        read("test-cycle-base").statusCode(200).body("version", equalTo(1)).body("easier", equalTo(List.of()));
    }

    @Test
    void anExerciseCannotBeBothEasierAndHarderThanAnother() {
        Map<String, Object> exercise = body("test-both-ways");
        exercise.put("easier", List.of(link("hip-hinge")));
        exercise.put("harder", List.of(link("hip-hinge")));
        as(DemoUser.ERIN).body(exercise)
                .when().post("/exercises")
                .then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("harder[0].slug"));
    }

    @Test
    void anExerciseCannotLinkToItselfOrListALinkTwice() {
        String etag = create(body("test-self-link"));
        Map<String, Object> self = body("test-self-link");
        self.put("harder", List.of(link("test-self-link")));
        as(DemoUser.ERIN).header("If-Match", etag).body(self)
                .when().put("/exercises/test-self-link")
                .then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("harder[0].slug"));

        Map<String, Object> twice = body("test-self-link");
        twice.put("easier", List.of(link("hip-hinge"), link("hip-hinge")));
        as(DemoUser.ERIN).header("If-Match", etag).body(twice)
                .when().put("/exercises/test-self-link")
                .then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("easier[1].slug"));
        read("test-self-link").statusCode(200).body("version", equalTo(1));
    }

    @Test
    void aNewLinkToARetiredExerciseIsRefusedButAnExistingOneIsKept() {
        String targetTag = create(body("test-retired-target"));
        Map<String, Object> linking = body("test-links-to-retired");
        linking.put("easier", List.of(link("test-retired-target")));
        String linkingTag = create(linking);
        as(DemoUser.ERIN).header("If-Match", targetTag).when().post("/exercises/test-retired-target/retire")
                .then().statusCode(200);

        Map<String, Object> late = body("test-late-link");
        late.put("easier", List.of(link("test-retired-target")));
        as(DemoUser.ERIN).body(late)
                .when().post("/exercises")
                .then().statusCode(422).contentType(PROBLEM).body("errors[0].message", containsString("retired"));

        linking.put("level", 3);
        as(DemoUser.ERIN).header("If-Match", linkingTag).body(linking)
                .when().put("/exercises/test-links-to-retired")
                .then().statusCode(200).body("easier[0].slug", equalTo("test-retired-target"));
    }

    @Test
    void aCreatedExerciseIsFoundByItsOwnCategoryOnly() {
        create(body("test-search-visible"));
        given().queryParam("category", "mobility").queryParam("size", 100)
                .when().get("/exercises")
                .then().statusCode(200).body("items.slug", not(hasItem("test-search-visible")));
        given().queryParam("category", "functional-strength").queryParam("size", 100)
                .when().get("/exercises")
                .then().statusCode(200).body("items.slug", hasItem("test-search-visible"));
    }
}
