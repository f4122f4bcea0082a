package org.lumbar.program;

import static io.restassured.RestAssured.given;

import org.lumbar.testing.DemoUser;
import org.lumbar.testing.ScreeningAnswers;

import io.restassured.http.ContentType;

/** Patients answer the screening questions before a first program; these answer no to every one. */
public final class ScreeningFixture {

    private ScreeningFixture() {
    }

    /** Safe before every test: the latest answers are what count. */
    public static void answeredNo(DemoUser... patients) {
        for (DemoUser patient : patients) {
            given().header("Authorization", patient.bearer()).contentType(ContentType.JSON).body(ScreeningAnswers.ALL_NO)
                    .post("/screenings").then().statusCode(201);
        }
    }
}
