package org.lumbar.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(value = StubServices.class, restrictToAnnotatedClass = true)
class GatewayTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TestHTTPResource("/")
    URL gateway;

    /** A patient of their own, so one test's requests never count against another's rate limit. */
    private static String freshPatient() {
        return "Bearer " + TestTokens.forUser(UUID.randomUUID().toString(), "patient-" + UUID.randomUUID(),
                List.of("patient"), "clinic-north");
    }

    @Test
    void routesEachPathToItsServiceWithoutTheApiPrefix() {
        String token = freshPatient();
        given().header("Authorization", token).get("/api/templates?page=2")
                .then().statusCode(200).body("service", equalTo("program")).body("uri", equalTo("/templates?page=2"));
        given().header("Authorization", token).get("/api/programs/p-1/versions/2")
                .then().statusCode(200).body("service", equalTo("program")).body("uri", equalTo("/programs/p-1/versions/2"));
        given().header("Authorization", token).get("/api/sessions")
                .then().statusCode(200).body("service", equalTo("session")).body("uri", equalTo("/sessions"));
        given().header("Authorization", token).contentType("application/json").body("{\"score\":3}")
                .post("/api/sessions/s-1/pain")
                .then().statusCode(200).body("service", equalTo("session")).body("method", equalTo("POST"))
                .body("uri", equalTo("/sessions/s-1/pain")).body("bodyLength", equalTo(11))
                .body("forwardedFor", notNullValue());
        given().get("/api/exercises?category=core-stability")
                .then().statusCode(200).body("service", equalTo("catalog"))
                .body("uri", equalTo("/exercises?category=core-stability"));
    }

    @Test
    void aTokenIsRequiredExceptForCatalogReadsAndDocs() {
        given().get("/api/programs").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401))
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", "Bearer not-a-token").get("/api/sessions").then().statusCode(401)
                .contentType("application/problem+json");
        String foreignIssuer = TestTokens.sign(TestTokens.claims(UUID.randomUUID().toString(), "mallory",
                List.of("patient"), null).issuer("http://localhost:8180/realms/other"));
        given().header("Authorization", "Bearer " + foreignIssuer).get("/api/sessions").then().statusCode(401);
        given().contentType("application/json").body("{}").post("/api/exercises").then().statusCode(401)
                .contentType("application/problem+json");

        given().get("/api/exercises/knee-to-chest").then().statusCode(200).body("service", equalTo("catalog"));
        given().get("/api/session/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("session"))
                .body("servers[0].url", equalTo("/api"));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void theTokenIsPassedOnAndTheBrowsersCookiesAreNot() {
        String token = DemoUser.CAROL.bearer();
        given().header("Authorization", token).cookie("lumbar_prefs", "large-text").get("/api/programs")
                .then().statusCode(200).body("authorization", equalTo(token)).body("cookie", nullValue());
    }

    @Test
    void theWebAppIsServedAtTheRootWithItsOfflineParts() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<lumbar-app>"), containsString("/static/bundle/app-"),
                        containsString("rel=\"manifest\""));
        given().get("/sw.js").then().statusCode(200).body(containsString("addEventListener('fetch'"));
        given().get("/manifest.webmanifest").then().statusCode(200).body(containsString("\"start_url\""));
        // the charts bundle loads by a stable name, so the app need not know its hash
        given().redirects().follow(false).get("/static/bundle/charts.js").then().statusCode(302)
                .header("Location", matchesPattern("/static/bundle/charts-[A-Z0-9]+\\.js"));
    }

    @Test
    void whoIsSignedInIsAnsweredFromTheVerifiedToken() {
        given().get("/api/me").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", DemoUser.CAROL.bearer()).get("/api/me").then().statusCode(200)
                .body("id", equalTo(DemoUser.CAROL.id)).body("username", equalTo("carol"))
                .body("clinicId", equalTo("clinic-north")).body("roles", contains("clinician"))
                .header("Cache-Control", "no-store");
    }

    @Test
    void theOperationsFiguresAreForAdministratorsOnly() {
        given().get("/api/operations").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", freshPatient()).get("/api/operations").then().statusCode(403)
                .contentType("application/problem+json");
        // the stub analytics address has nothing listening: once sampled, it is reported down, with the reason
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().header("Authorization", DemoUser.ERIN.bearer())
                .get("/api/operations").then().statusCode(200)
                .body("services.name", hasItems("gateway", "catalog-service", "session-service", "analytics-service"))
                .body("services.find { it.name == 'analytics-service' }.health.status", equalTo("DOWN"))
                .body("services.find { it.name == 'analytics-service' }.health.reason", equalTo("not reachable"))
                .body("services.find { it.name == 'catalog-service' }.health.status", notNullValue())
                .body("keycloak.status", equalTo("DOWN")));
    }

    @Test
    void aRequestIdIsCreatedOrPassedThrough() {
        String token = freshPatient();
        Response created = given().header("Authorization", token).get("/api/sessions");
        created.then().statusCode(200).header("X-Request-Id", matchesPattern(UUID_PATTERN));
        assertThat(created.jsonPath().getString("requestId")).isEqualTo(created.header("X-Request-Id"));

        given().header("Authorization", token).header("X-Request-Id", "front-end-42").get("/api/sessions")
                .then().statusCode(200).header("X-Request-Id", equalTo("front-end-42"))
                .body("requestId", equalTo("front-end-42"));

        given().header("Authorization", token).header("X-Request-Id", "no spaces\tor tabs").get("/api/sessions")
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID_PATTERN));

        // refusals carry one too
        given().get("/api/sessions").then().statusCode(401).header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void tooManyRequestsFromOneUserAreRefusedWithRetryAfter() {
        String token = freshPatient();
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(given().header("Authorization", token).get("/api/templates"));
        }
        assertThat(answers.subList(0, 10)).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        Response refused = answers.stream().filter(answer -> answer.statusCode() == 429).findFirst().orElseThrow(
                () -> new AssertionError("30 quick requests with a burst of 10 were all let through"));
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(refused.jsonPath().getString("detail")).contains("10 requests at once");
        assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("lumbar.gateway.rate-limit");

        // another user is not affected
        given().header("Authorization", freshPatient()).get("/api/templates").then().statusCode(200);
    }

    @Test
    void headersOverTheLimitAre431AndARequestLineOverItIs414BothProblemsNamingTheLimit() {
        String token = freshPatient();
        given().header("Authorization", token).header("X-Padding", "p".repeat(25 * 1024)).get("/api/templates")
                .then().statusCode(431).contentType("application/problem+json").body("status", equalTo(431))
                .body("detail", containsString("20480 bytes (lumbar.http.max-header-size)"))
                .body("errors[0].field", equalTo("headers"));
        given().header("Authorization", token).queryParam("q", "x".repeat(9000)).get("/api/templates")
                .then().statusCode(414).contentType("application/problem+json").body("status", equalTo(414))
                .body("detail", containsString("8192 bytes (lumbar.http.max-request-line)"));
        given().header("Authorization", token).get("/api/templates").then().statusCode(200);
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        String token = freshPatient();
        byte[] small = new byte[10 * 1024];
        byte[] large = new byte[100 * 1024];
        given().header("Authorization", token).contentType("application/json").body(small).post("/api/sessions/offline")
                .then().statusCode(200).body("bodyLength", equalTo(small.length));
        given().header("Authorization", token).contentType("application/json").body(large).post("/api/sessions/offline")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413))
                .body("detail", containsString(64 * 1024 + " bytes (quarkus.http.limits.max-body-size)"));
        // without a Content-Length (chunked), the gateway counts as the body streams through
        given().header("Authorization", token).contentType("application/json")
                .body(new ByteArrayInputStream(large)).post("/api/sessions/offline")
                .then().statusCode(413).contentType("application/problem+json");
        given().header("Authorization", token).contentType("application/json")
                .body(new ByteArrayInputStream(small)).post("/api/sessions/offline")
                .then().statusCode(200).body("bodyLength", equalTo(small.length));
    }

    @Test
    void serverSentEventsStreamThroughAndMayPauseLongerThanTheResponseTimeout() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "api/sessions/s-1/stream"))
                .header("Authorization", freshPatient()).header("Accept", "text/event-stream").build();
        long start = System.nanoTime();
        HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        List<String> events = new ArrayList<>();
        List<Long> arrivals = new ArrayList<>();
        try (Stream<String> lines = response.body()) {
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (line.startsWith("data:")) {
                    events.add(line.substring(5).trim());
                    arrivals.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
                }
            }
        }
        assertThat(events).containsExactly("one", "two");
        // the first event arrived while the service was still holding the stream open, not all at the end
        assertThat(arrivals.get(0)).isLessThan(StubServices.SSE_PAUSE_MS - 500);
        assertThat(arrivals.get(1)).isGreaterThanOrEqualTo(StubServices.SSE_PAUSE_MS - 100);
    }

    @Test
    void aStoppedServiceAnswers503ProblemQuickly() {
        long start = System.nanoTime();
        given().header("Authorization", freshPatient()).get("/api/patients/me/adherence")
                .then().statusCode(503).contentType("application/problem+json")
                .body("status", equalTo(503)).body("detail", containsString("analytics-service"))
                .header("Retry-After", notNullValue());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aSlowServiceAnswers504ProblemWithinTheTimeout() {
        long start = System.nanoTime();
        given().header("Authorization", freshPatient()).get("/api/programs/slow")
                .then().statusCode(504).contentType("application/problem+json")
                .body("status", equalTo(504)).body("detail", containsString("program-service"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(900)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void locationsPointAtTheGatewayAndTheRequestIdIsTheGatewaysOnly() {
        Response created = given().header("Authorization", DemoUser.ERIN.bearer()).contentType("application/json")
                .body("{}").post("/api/exercises/created");
        created.then().statusCode(201).header("Location", equalTo(gateway + "api/exercises/new-one"));
        assertThat(created.headers().getValues("X-Request-Id")).hasSize(1).first().asString().matches(UUID_PATTERN);
    }

    @Test
    void unknownApiPathsAre404Problems() {
        given().header("Authorization", freshPatient()).get("/api/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void browsersFromConfiguredOriginsMayCall() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/sessions")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
        given().header("Origin", "http://localhost:5173").header("Authorization", freshPatient()).get("/api/sessions")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
        Response other = given().header("Origin", "https://evil.example").header("Authorization", freshPatient())
                .get("/api/sessions");
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void metricsShowRequestLatencyBucketsPerRoute() {
        given().header("Authorization", freshPatient()).get("/api/sessions/0b1c2d3e-0000-4000-8000-000000000001").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("http_server_requests_seconds_bucket{");
        assertThat(metrics).contains("uri=\"/api/sessions/{id}\"");
        assertThat(metrics).doesNotContain("0b1c2d3e-0000-4000-8000-000000000001");
    }
}
