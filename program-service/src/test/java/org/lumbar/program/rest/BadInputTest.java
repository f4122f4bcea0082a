package org.lumbar.program.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbar.program.CatalogFixture;
import org.lumbar.program.ScreeningFixture;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Bad input is refused clearly (issue 22): the problem names the field by its API name. */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class BadInputTest {

    private static final String SCHEDULE = "{\"kind\":\"WEEKLY\",\"minPerWeek\":3,\"maxPerWeek\":4,\"nonConsecutive\":true}";

    @BeforeEach
    void catalogIsKnown() {
        CatalogFixture.publishGentleReliefExercises();
        ScreeningFixture.answeredNo(DemoUser.BOB);
    }

    private static ValidatableResponse create(String item, String schedule) {
        return given().header("Authorization", DemoUser.BOB.bearer()).contentType(ContentType.JSON)
                .body("{\"items\":[" + item + "],\"schedule\":" + schedule + "}").post("/programs").then();
    }

    @Test
    void nullForATrueOrFalseFieldIsRefusedWhileLeavingItOutMeansFalse() {
        create("{\"exercise\":\"pelvic-tilt\",\"sets\":1,\"reps\":5,\"perSide\":null}", SCHEDULE).statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("items[0].perSide"))
                .body("errors[0].message", equalTo("must not be null"));
        create("{\"exercise\":\"pelvic-tilt\",\"sets\":1,\"reps\":5}",
                "{\"kind\":\"WEEKLY\",\"minPerWeek\":3,\"maxPerWeek\":4,\"nonConsecutive\":null}").statusCode(400)
                .body("errors[0].field", equalTo("schedule.nonConsecutive"));
        create("{\"exercise\":\"pelvic-tilt\",\"sets\":1,\"reps\":5}", SCHEDULE).statusCode(201)
                .body("items[0].perSide", equalTo(false));
    }

    @Test
    void crossFieldRulesNameTheFieldsOfTheApi() {
        create("{\"exercise\":\"pelvic-tilt\",\"sets\":1,\"reps\":5}",
                "{\"kind\":\"WEEKLY\",\"minPerWeek\":5,\"maxPerWeek\":3}").statusCode(400)
                .body("errors[0].field", equalTo("schedule.maxPerWeek"));
        given().header("Authorization", DemoUser.BOB.bearer()).contentType(ContentType.JSON)
                .body("{\"templateId\":\"gentle-relief\",\"startDate\":\"2026-12-10\",\"endDate\":\"2026-12-01\"}")
                .post("/programs").then().statusCode(400).body("errors[0].field", equalTo("endDate"));
    }

    @Test
    void aWholeNumberFieldRefusesAFractionNamingItsPath() {
        create("{\"exercise\":\"pelvic-tilt\",\"sets\":1.5,\"reps\":5}", SCHEDULE).statusCode(400)
                .body("errors[0].field", equalTo("items[0].sets"))
                .body("errors[0].message", equalTo("must be a whole number"));
    }
}
