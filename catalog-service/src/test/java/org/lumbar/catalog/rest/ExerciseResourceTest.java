package org.lumbar.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class ExerciseResourceTest {

    @Test
    void listsTheCatalogWithoutATokenAsItemsAndTotal() {
        given().queryParam("size", 100)
                .when().get("/exercises")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(30))
                .body("items.slug", hasItem("pelvic-tilt"))
                .body("items.slug", hasItem("cat-cow"))
                .body("items.slug", hasItem("knee-to-chest"));
    }

    @Test
    void filtersByCategoryAndFlareUpSafety() {
        given().queryParam("category", "mobility").queryParam("flareUpSafe", "true").queryParam("size", 100)
                .when().get("/exercises")
                .then().statusCode(200)
                .body("items.category", everyItem(equalTo("mobility")))
                .body("items.flareUpSafe", everyItem(equalTo(true)))
                .body("items.slug", hasItem("cat-cow"));
    }

    @Test
    void pagesKeepTheTotalOfAllMatches() {
        given().queryParam("size", 5).queryParam("page", 1)
                .when().get("/exercises")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("total", greaterThanOrEqualTo(30));
    }

    @Test
    void anUnknownCategoryIsABadRequestListingTheAllowedValues() {
        given().queryParam("category", "yoga")
                .when().get("/exercises")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("category"))
                .body("detail", containsString("core-stability"));
    }

    @Test
    void showsOneExerciseWithItsSeedDose() {
        given().when().get("/exercises/pelvic-tilt")
                .then().statusCode(200)
                .body("name", containsString("elvic"))
                .body("defaultDose.reps.min", equalTo(10))
                .body("defaultDose.reps.max", equalTo(12))
                .body("flareUpSafe", equalTo(true));
    }

    @Test
    void answersNotModifiedToItsOwnEtag() {
        String etag = given().when().get("/exercises/cat-cow").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag)
                .when().get("/exercises/cat-cow")
                .then().statusCode(304);
    }

    @Test
    void theEtagNamesTheSlugAndVersionAndAnOtherTagGetsTheWholeExercise() {
        given().when().get("/exercises/pelvic-tilt")
                .then().statusCode(200)
                .header("ETag", "\"pelvic-tilt-2\"") // V4 republished every exercise for the rule book
                .body("version", equalTo(2));
        given().header("If-None-Match", "\"pelvic-tilt-0\"")
                .when().get("/exercises/pelvic-tilt")
                .then().statusCode(200).body("slug", equalTo("pelvic-tilt"));
    }

    @Test
    void showsLinksWithWhatChanges() {
        given().when().get("/exercises/knee-to-chest")
                .then().statusCode(200)
                .body("easier.slug", contains("knee-to-chest-towel"))
                .body("easier[0].note", containsString("towel"))
                .body("harder.slug", contains("double-knee-to-chest", "knee-to-chest-extended-leg"));
    }

    @Test
    void progressionsFollowTheLinksStepByStep() {
        given().when().get("/exercises/bird-dog-leg-only/progressions")
                .then().statusCode(200)
                .body("slug", equalTo("bird-dog-leg-only"))
                .body("easier", empty())
                .body("harder.slug", contains("bird-dog-arm-only", "bird-dog", "bird-dog-crunch"))
                .body("harder.stepsAway", contains(1, 2, 3))
                .body("harder.level", contains(1, 2, 3))
                .body("harder[1].name", equalTo("Bird-Dog"));
    }

    @Test
    void progressionsGoBothWaysFromTheMiddleOfAChain() {
        given().when().get("/exercises/bird-dog/progressions")
                .then().statusCode(200)
                .body("easier.slug", contains("bird-dog-arm-only", "bird-dog-leg-only"))
                .body("easier.stepsAway", contains(1, 2))
                .body("harder.slug", contains("bird-dog-crunch"))
                .body("harder.stepsAway", contains(1));
    }

    @Test
    void progressionsReachEveryBridgeFromTheDeepCoreActivation() {
        given().when().get("/exercises/transverse-abdominis-activation/progressions")
                .then().statusCode(200)
                .body("harder.slug", contains("bridge-transverse-activation", "bridge-leg-lift"))
                .body("harder.stepsAway", contains(1, 2));
        given().when().get("/exercises/bridge-leg-lift/progressions")
                .then().statusCode(200)
                .body("easier.slug", contains("bridge-transverse-activation", "glute-bridge", "transverse-abdominis-activation"))
                .body("easier.stepsAway", contains(1, 1, 2))
                .body("harder", empty());
    }

    @Test
    void theSidePlankEasesOnlyToItsBentKneeModification() {
        given().when().get("/exercises/side-plank/progressions")
                .then().statusCode(200)
                .body("easier.slug", contains("side-plank-bent-knee"))
                .body("harder", empty());
    }

    @Test
    void anExerciseWithoutLinksHasEmptyChains() {
        given().when().get("/exercises/pelvic-tilt/progressions")
                .then().statusCode(200).body("easier", empty()).body("harder", empty());
    }

    @Test
    void progressionsOfAnUnknownSlugAreNotFound() {
        given().when().get("/exercises/no-such-move/progressions")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnknownSlugIsNotFoundAsProblem() {
        given().when().get("/exercises/no-such-move")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void operationsEndpointsNeedNoToken() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }
}
