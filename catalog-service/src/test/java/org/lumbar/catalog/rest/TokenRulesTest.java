package org.lumbar.catalog.rest;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.LumbarServiceResource;
import org.lumbar.testing.TestTokens;
import org.lumbar.testing.TokenRulesContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The catalog's reads are public, so the token rules are checked on its audit log, which admins read. */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class TokenRulesTest extends TokenRulesContract {

    @Override
    protected String protectedPath() {
        return "/audit";
    }

    @Override
    protected DemoUser permittedUser() {
        return DemoUser.ERIN;
    }

    @Test
    void publicReadsNeedNoTokenAndAdmitEveryValidOne() {
        given().get("/exercises/pelvic-tilt").then().statusCode(200);
        given().header("Authorization", DemoUser.ALICE.bearer()).get("/exercises/pelvic-tilt").then().statusCode(200);
        given().header("Authorization", "Bearer " + TestTokens.forService()).get("/exercises").then().statusCode(200);
    }

    @Test
    void aBrokenTokenIsUnauthorizedEvenOnAPublicRead() {
        assertUnauthorizedProblem(given().header("Authorization", "Bearer " + TestTokens.broken(DemoUser.ALICE)
                .get("expired")).get("/exercises"), "an expired token on a public read");
    }
}
