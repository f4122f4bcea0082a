package org.lumbar.program.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.Topics;
import org.lumbar.contracts.program.ProgramAssigned;
import org.lumbar.program.CatalogFixture;
import org.lumbar.program.ScreeningFixture;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.KafkaEvents.SeenEvent;
import org.lumbar.testing.LumbarServiceResource;
import org.lumbar.testing.TestRealmResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
@QuarkusTestResource(TestRealmResource.class) // clinicians' patients are looked up in the in-process realm, in every test
class ProgramResourceTest {

    @BeforeEach
    void catalogIsKnown() {
        CatalogFixture.publishGentleReliefExercises();
        ScreeningFixture.answeredNo(DemoUser.ALICE, DemoUser.BOB);
    }

    private static String createGentleRelief(DemoUser patient) {
        return given().header("Authorization", patient.bearer()).contentType(ContentType.JSON)
                .body("{\"templateId\":\"gentle-relief\",\"timeZone\":\"Europe/Amsterdam\"}")
                .when().post("/programs")
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void listsTheSeedTemplatesWithTheirDoses() {
        given().header("Authorization", DemoUser.ALICE.bearer())
                .when().get("/templates")
                .then().statusCode(200)
                .body("id", hasItems("gentle-relief", "core-strengthening", "morning-mobility", "daily-back-care"))
                .body("sources.flatten()", hasItems("000_1240bdc056074f32.txt", "001_c97ec667eb11674d.txt",
                        "002_84a113f690ec992a.txt"))
                .body("find { it.id == 'morning-mobility' }.minutesMax", equalTo(5))
                .body("find { it.id == 'daily-back-care' }.minutesMin", equalTo(10))
                .body("find { it.id == 'gentle-relief' }.items.exercise", equalTo(CatalogFixture.GENTLE_RELIEF))
                .body("find { it.id == 'core-strengthening' }.schedule.nonConsecutive", equalTo(true))
                .body("find { it.id == 'core-strengthening' }.items.find { it.exercise == 'forearm-plank' }.holdSecondsMax",
                        equalTo(45));
    }

    @Test
    void aPatientCreatesAProgramFromATemplateForThemself() {
        String id = createGentleRelief(DemoUser.ALICE);

        given().header("Authorization", DemoUser.ALICE.bearer())
                .when().get("/programs/" + id)
                .then().statusCode(200)
                .body("patientId", equalTo(DemoUser.ALICE.id))
                .body("clinicId", equalTo("clinic-north"))
                .body("version", equalTo(1))
                .body("status", equalTo("ACTIVE"))
                .body("timeZone", equalTo("Europe/Amsterdam"))
                .body("schedule.kind", equalTo("DAILY"))
                .body("items", hasSize(3))
                .body("items[2].sets", equalTo(1))
                .body("items[2].reps", equalTo(2))
                .body("items[2].holdSeconds", equalTo(30))
                .body("items[2].perSide", equalTo(true));
    }

    @Test
    void publishesProgramAssignedKeyedByPatient() {
        String id = createGentleRelief(DemoUser.ALICE);

        List<SeenEvent> events = KafkaEvents.await(Topics.PROGRAM_EVENTS, 1, e -> id.equals(e.subject()));
        SeenEvent event = events.get(0);
        assertThat(event.type()).isEqualTo(EventType.PROGRAM_ASSIGNED.type());
        assertThat(event.key()).isEqualTo(DemoUser.ALICE.id);
        ProgramAssigned data = event.data(ProgramAssigned.class);
        assertThat(data.items()).extracting(i -> i.exercise()).containsExactlyElementsOf(CatalogFixture.GENTLE_RELIEF);
        assertThat(data.schedule().timesPerDay()).isEqualTo(1);
    }

    @Test
    void anotherPatientCannotSeeTheProgram() {
        String id = createGentleRelief(DemoUser.ALICE);
        given().header("Authorization", DemoUser.BOB.bearer())
                .when().get("/programs/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theClinicianOfThePatientsClinicCanReadItButNotAnotherClinic() {
        String id = createGentleRelief(DemoUser.ALICE);
        given().header("Authorization", DemoUser.CAROL.bearer()).when().get("/programs/" + id).then().statusCode(200);
        given().header("Authorization", DemoUser.DAN.bearer()).when().get("/programs/" + id).then().statusCode(404);
    }

    @Test
    void aTemplateWithExercisesTheCatalogDoesNotHaveIsUnprocessable() {
        given().header("Authorization", DemoUser.ALICE.bearer()).contentType(ContentType.JSON)
                .body("{\"templateId\":\"core-strengthening\"}")
                .when().post("/programs")
                .then().statusCode(422)
                .contentType("application/problem+json")
                // its warm-up (Gentle Relief) is known; the glute bridge, the first strength item, is not
                .body("errors[0].field", equalTo("items[3].exercise"));
    }

    @Test
    void anUnknownTemplateIsUnprocessable() {
        given().header("Authorization", DemoUser.ALICE.bearer()).contentType(ContentType.JSON)
                .body("{\"templateId\":\"no-such-template\"}")
                .when().post("/programs")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("templateId"));
    }

    @Test
    void anUnknownFieldIsABadRequestNamingIt() {
        given().header("Authorization", DemoUser.ALICE.bearer()).contentType(ContentType.JSON)
                .body("{\"templateId\":\"gentle-relief\",\"colour\":\"blue\"}")
                .when().post("/programs")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("colour"));
    }

    @Test
    void aBadTimeZoneIsABadRequestNamingIt() {
        given().header("Authorization", DemoUser.ALICE.bearer()).contentType(ContentType.JSON)
                .body("{\"templateId\":\"gentle-relief\",\"timeZone\":\"Mars/Olympus\"}")
                .when().post("/programs")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("timeZone"));
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyMakesOneProgram() {
        String body = "{\"templateId\":\"gentle-relief\"}";
        int before = given().header("Authorization", DemoUser.BOB.bearer()).when().get("/programs")
                .then().statusCode(200).extract().path("total");
        String first = given().header("Authorization", DemoUser.BOB.bearer()).header("Idempotency-Key", "create-1")
                .contentType(ContentType.JSON).body(body)
                .when().post("/programs").then().statusCode(201).extract().path("id");
        String second = given().header("Authorization", DemoUser.BOB.bearer()).header("Idempotency-Key", "create-1")
                .contentType(ContentType.JSON).body(body)
                .when().post("/programs").then().statusCode(201).extract().path("id");
        assertThat(second).isEqualTo(first);
        given().header("Authorization", DemoUser.BOB.bearer()).when().get("/programs")
                .then().statusCode(200).body("total", equalTo(before + 1));
    }

    @Test
    void everyEndpointNeedsAToken() {
        given().when().get("/templates").then().statusCode(401);
        given().when().get("/programs").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"templateId\":\"gentle-relief\"}")
                .when().post("/programs").then().statusCode(401);
    }
}
