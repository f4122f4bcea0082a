package org.lumbar.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * What every service must do with tokens: accept a valid realm token and refuse one that is missing, expired,
 * signed with another key or another algorithm (none, HS256), tampered with, or issued by or for someone else, with
 * a 401 that carries the bearer challenge and an {@code application/problem+json} body; and refuse another service's
 * token (role {@code service}) with a 403 problem, since it reaches only the endpoints that name its role.
 * A service's test extends this (annotated @QuarkusTest) and names an endpoint that needs a token.
 */
public abstract class TokenRulesContract {

    /** A GET endpoint that needs a token and that {@link #permittedUser()} may call. */
    protected abstract String protectedPath();

    /** Who may call {@link #protectedPath()}. */
    protected DemoUser permittedUser() {
        return DemoUser.ALICE;
    }

    @Test
    void aValidRealmTokenIsAccepted() {
        int status = given().header("Authorization", permittedUser().bearer()).get(protectedPath()).statusCode();
        assertThat(status).isNotIn(401, 403);
    }

    @Test
    void noTokenIsUnauthorizedWithAProblem() {
        assertUnauthorizedProblem(given().get(protectedPath()), "no token");
    }

    @Test
    void everyBrokenTokenIsUnauthorizedWithAProblem() {
        for (Map.Entry<String, String> broken : TestTokens.broken(permittedUser()).entrySet()) {
            Response response = given().header("Authorization", "Bearer " + broken.getValue()).get(protectedPath());
            assertUnauthorizedProblem(response, "a token " + broken.getKey());
        }
    }

    /** Verified tokens are remembered (commons' VerifiedTokens), but never past their expiry. */
    @Test
    void aTokenAcceptedBeforeIsRefusedOnceItHasExpired() throws InterruptedException {
        DemoUser user = permittedUser();
        Instant expiry = Instant.now().plusSeconds(3);
        String token = "Bearer " + TestTokens.sign(TestTokens.claims(user.id, user.username, List.of(user.role),
                user.clinicId).expiresAt(expiry));
        assertThat(given().header("Authorization", token).get(protectedPath()).statusCode())
                .as("the token while it is valid").isNotIn(401, 403);

        Thread.sleep(Duration.between(Instant.now(), expiry).toMillis() + 1_100);

        assertUnauthorizedProblem(given().header("Authorization", token).get(protectedPath()),
                "the same token once it has expired");
    }

    /** Paths JAX-RS does not serve are refused in the HTTP layer, with the same problem. */
    @Test
    void outsideTheApiTheRefusalsAreProblemsToo() {
        assertUnauthorizedProblem(given().get("/no-such-path"), "no token on an unknown path");
        assertUnauthorizedProblem(given().header("Authorization", "Bearer " + TestTokens.broken(permittedUser())
                .get("expired")).get("/q/metrics"), "an expired token on the metrics");
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void aServiceTokenIsForbiddenWithAProblem() {
        Response response = given().header("Authorization", "Bearer " + TestTokens.forService()).get(protectedPath());
        assertThat(response.statusCode()).as("a service token").isEqualTo(403);
        assertProblem(response, 403, "a service token");
    }

    /** 401 with the bearer challenge and a problem+json body saying what is wrong. */
    public static void assertUnauthorizedProblem(Response response, String what) {
        assertThat(response.statusCode()).as(what).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).as("the challenge for %s", what).startsWith("Bearer");
        assertProblem(response, 401, what);
    }

    /** An RFC 9457 problem with this status: type, title, status and detail. */
    public static void assertProblem(Response response, int status, String what) {
        assertThat(response.contentType()).as("the media type for %s", what).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).as("the type for %s", what).isNotBlank();
        assertThat(response.jsonPath().getString("title")).as("the title for %s", what).isNotBlank();
        assertThat(response.jsonPath().getInt("status")).as("the status for %s", what).isEqualTo(status);
        assertThat(response.jsonPath().getString("detail")).as("the detail for %s", what).isNotBlank();
    }
}
