package org.lumbar.session.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbar.session.SessionFixture;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Bad input is refused clearly (issue 22): a 4xx problem+json that names the field by its API name (or the header, or
 * the limit), and nothing is stored.
 */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";

    private String session;

    @BeforeEach
    void aliceIsInASession() {
        SessionFixture.catalogIsKnown();
        session = SessionFixture.startSession(DemoUser.ALICE, SessionFixture.gentleReliefProgramOf(DemoUser.ALICE));
    }

    private static RequestSpecification alice() {
        return given().header("Authorization", DemoUser.ALICE.bearer()).contentType(ContentType.JSON);
    }

    private ValidatableResponse postSet(String body) {
        return alice().body(body).post("/sessions/" + session + "/sets").then();
    }

    private void noSetStored() {
        alice().get("/sessions/" + session).then().statusCode(200).body("sets", hasSize(0));
    }

    private static void namesField(ValidatableResponse response, int status, String field) {
        response.statusCode(status).contentType(startsWith(PROBLEM)).body("status", equalTo(status))
                .body("errors[0].field", equalTo(field)).body("detail", startsWith(field + ": "));
    }

    @Test
    void aFractionWhereAWholeNumberGoesIsRefusedNotRoundedDown() {
        namesField(postSet("{\"exercise\":\"pelvic-tilt\",\"setNumber\":1,\"reps\":12.5}"), 400, "reps");
        noSetStored();
    }

    @Test
    void aNumberInQuotesOrABooleanIsNoNumber() {
        namesField(postSet("{\"exercise\":\"pelvic-tilt\",\"setNumber\":1,\"reps\":\"12\"}"), 400, "reps");
        namesField(postSet("{\"exercise\":\"pelvic-tilt\",\"setNumber\":true,\"reps\":12}"), 400, "setNumber");
        namesField(postSet("{\"exercise\":12,\"setNumber\":1,\"reps\":12}"), 400, "exercise");
        noSetStored();
    }

    @Test
    void somethingAfterTheJsonValueIsRefused() {
        postSet("{\"exercise\":\"pelvic-tilt\",\"setNumber\":1,\"reps\":12} junk").statusCode(400)
                .contentType(startsWith(PROBLEM));
        postSet("{\"exercise\":\"pelvic-tilt\",\"setNumber\":1,\"reps\":12}{\"reps\":3}").statusCode(400)
                .contentType(startsWith(PROBLEM)).body("detail", containsString("after its JSON value"));
        noSetStored();
    }

    @Test
    void aNumberOutOfRangeNamesItsField() {
        namesField(postSet("{\"exercise\":\"pelvic-tilt\",\"setNumber\":1,\"reps\":99999999999}"), 400, "reps");
        noSetStored();
    }

    @Test
    void aNumberOutOfRangeDeepInAnUploadNamesItsPath() {
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String set = "{\"id\":\"" + UUID.randomUUID() + "\",\"exercise\":\"pelvic-tilt\",\"setNumber\":1,\"reps\":10,"
                + "\"occurredAt\":\"" + start.plusSeconds(60) + "\"}";
        String bad = "{\"id\":\"" + UUID.randomUUID() + "\",\"exercise\":\"pelvic-tilt\",\"setNumber\":2,"
                + "\"reps\":99999999999,\"occurredAt\":\"" + start.plusSeconds(120) + "\"}";
        UUID id = UUID.randomUUID();
        namesField(alice().body("{\"id\":\"" + id + "\",\"startedAt\":\"" + start + "\",\"sets\":[" + set + "," + set
                + "," + set + "," + bad + "]}").post("/sessions/offline").then(), 400, "sets[3].reps");
        alice().get("/sessions/" + id).then().statusCode(404);
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        namesField(postSet("{\"exercise\":\"pelvic-tilt\",\"setNumber\":1,\"reps\":12,\"repetitions\":12}"), 400,
                "repetitions");
        noSetStored();
    }

    @Test
    void aCrossFieldRuleNamesAnApiFieldNotAJavaMethod() {
        namesField(postSet("{\"exercise\":\"pelvic-tilt\",\"setNumber\":1}"), 400, "reps");
        noSetStored();
    }

    @Test
    void aBodyWithoutContentTypeOrWithAnotherOneIs415NamingTheHeader() {
        String body = "{\"exercise\":\"pelvic-tilt\",\"setNumber\":1,\"reps\":12}";
        RequestSpecification noType = given().header("Authorization", DemoUser.ALICE.bearer()).noContentType()
                .body(body.getBytes());
        namesField(noType.post("/sessions/" + session + "/sets").then(), 415, "Content-Type");
        RequestSpecification text = given().header("Authorization", DemoUser.ALICE.bearer())
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("text/plain", ContentType.TEXT)))
                .contentType("text/plain").body(body);
        namesField(text.post("/sessions/" + session + "/sets").then(), 415, "Content-Type");
        noSetStored();
    }

    @Test
    void aNullEntryInAnUploadIsRefusedNamingIt() {
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        for (String list : new String[] { "sets", "pains", "notes" }) {
            UUID id = UUID.randomUUID();
            namesField(alice().body("{\"id\":\"" + id + "\",\"startedAt\":\"" + start + "\",\"" + list + "\":[null]}")
                    .post("/sessions/offline").then(), 400, list + "[0]");
            alice().get("/sessions/" + id).then().statusCode(404);
        }
    }

    @Test
    void aBodyOverTheLimitIs413NamingTheLimit() {
        String huge = "{\"exercise\":\"" + "a".repeat(1024 * 1024 + 10) + "\",\"setNumber\":1,\"reps\":12}";
        postSet(huge).statusCode(413).contentType(startsWith(PROBLEM)).body("status", equalTo(413))
                .body("detail", containsString("1048576 bytes")).body("detail", containsString("max-body-size"));
        noSetStored();
    }

    @Test
    void headersOverTheLimitAre431NamingTheLimit() {
        given().header("Authorization", DemoUser.ALICE.bearer()).header("X-Padding", "p".repeat(25 * 1024))
                .get("/sessions/" + session).then().statusCode(431).contentType(startsWith(PROBLEM))
                .body("status", equalTo(431)).body("detail", containsString("20480 bytes"))
                .body("errors[0].field", equalTo("headers"));
    }

    @Test
    void aRequestLineOverTheLimitIs414NamingTheLimit() {
        given().header("Authorization", DemoUser.ALICE.bearer()).queryParam("from", "x".repeat(9000))
                .get("/sessions").then().statusCode(414).contentType(startsWith(PROBLEM)).body("status", equalTo(414))
                .body("detail", containsString("8192 bytes"));
    }

    @Test
    void anAuditPageBeyondWhatCanBeCountedIsABadPageNotAServerError() {
        given().header("Authorization", DemoUser.ERIN.bearer()).queryParam("page", "2147483646").queryParam("size", "50")
                .get("/audit").then().statusCode(400).contentType(startsWith(PROBLEM)).body("errors[0].field", equalTo("page"));
        given().header("Authorization", DemoUser.ERIN.bearer()).queryParam("size", "null")
                .get("/audit").then().statusCode(400).contentType(startsWith(PROBLEM)).body("errors[0].field", equalTo("size"));
        given().header("Authorization", DemoUser.ERIN.bearer()).queryParam("page", "1").queryParam("size", "500")
                .get("/audit").then().statusCode(200);
    }
}
