package org.lumbar.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * What every service must do with tokens: accept a valid realm token and refuse one that is missing, expired,
 * signed with another key or another algorithm (none, HS256), tampered with, or issued by or for someone else.
 * A service's test extends this (annotated @QuarkusTest) and names an endpoint that needs a token.
 */
public abstract class TokenRulesContract {

    /** A GET endpoint that needs a token and that {@link DemoUser#ALICE} may call. */
    protected abstract String protectedPath();

    @Test
    void aValidRealmTokenIsAccepted() {
        int status = given().header("Authorization", DemoUser.ALICE.bearer()).get(protectedPath()).statusCode();
        assertThat(status).isNotIn(401, 403);
    }

    @Test
    void noTokenIsUnauthorized() {
        given().get(protectedPath()).then().statusCode(401);
    }

    @Test
    void everyBrokenTokenIsUnauthorized() {
        for (Map.Entry<String, String> broken : TestTokens.broken(DemoUser.ALICE).entrySet()) {
            int status = given().header("Authorization", "Bearer " + broken.getValue()).get(protectedPath()).statusCode();
            assertThat(status).as("a token %s", broken.getKey()).isEqualTo(401);
        }
    }
}
