package org.lumbar.program.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.Topics;
import org.lumbar.contracts.catalog.Dose;
import org.lumbar.contracts.catalog.ExercisePublished;
import org.lumbar.contracts.program.ProgramChanged;
import org.lumbar.contracts.program.ProgramEnded;
import org.lumbar.program.CatalogFixture;
import org.lumbar.program.ScreeningFixture;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class ProgramLifecycleTest {

    private static final String EVERY_OTHER_DAY = "{\"kind\":\"WEEKLY\",\"minPerWeek\":3,\"maxPerWeek\":4,\"nonConsecutive\":true}";

    @BeforeEach
    void catalogIsKnown() {
        CatalogFixture.publishGentleReliefExercises();
        ScreeningFixture.answeredNo(DemoUser.ALICE, DemoUser.BOB);
    }

    private static RequestSpecification as(DemoUser user) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON);
    }

    private static String create(DemoUser user, String body) {
        return as(user).body(body).post("/programs").then().statusCode(201).extract().path("id");
    }

    @Test
    void aProgramFromItemsAndAWeeklyScheduleIsPlannedThreeOrFourDaysAWeekNeverTwoInARow() {
        String id = create(DemoUser.ALICE, "{\"items\":[{\"exercise\":\"pelvic-tilt\",\"sets\":2,\"reps\":12}],"
                + "\"schedule\":" + EVERY_OTHER_DAY + ",\"startDate\":\"2026-11-18\"}");

        List<String> dates = as(DemoUser.ALICE).queryParam("from", "2026-11-23").queryParam("to", "2026-12-06")
                .get("/programs/" + id + "/plan")
                .then().statusCode(200)
                .extract().path("days.date");
        List<LocalDate> days = dates.stream().map(LocalDate::parse).toList();
        for (int i = 1; i < days.size(); i++) {
            assertThat(ChronoUnit.DAYS.between(days.get(i - 1), days.get(i))).isGreaterThanOrEqualTo(2);
        }
        Map<Integer, Long> perWeek = days.stream()
                .collect(Collectors.groupingBy(d -> d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), Collectors.counting()));
        assertThat(perWeek).hasSize(2);
        assertThat(perWeek.values()).allSatisfy(n -> assertThat(n).isBetween(3L, 4L));
    }

    @Test
    void aTemplateCanBeStartedWithItsScheduleOverridden() {
        String id = create(DemoUser.ALICE, "{\"templateId\":\"gentle-relief\",\"schedule\":{\"kind\":\"WEEKDAYS\","
                + "\"weekdays\":[\"MONDAY\",\"THURSDAY\"]}}");
        as(DemoUser.ALICE).get("/programs/" + id).then().statusCode(200)
                .body("templateId", equalTo("gentle-relief"))
                .body("schedule.kind", equalTo("WEEKDAYS"))
                .body("items", hasSize(3));
    }

    @Test
    void theStartDateDefaultsToTodayInThePatientsTimeZone() {
        String east = create(DemoUser.ALICE, "{\"templateId\":\"gentle-relief\",\"timeZone\":\"Pacific/Kiritimati\"}");
        String west = create(DemoUser.ALICE, "{\"templateId\":\"gentle-relief\",\"timeZone\":\"Pacific/Pago_Pago\"}");
        String eastStart = as(DemoUser.ALICE).get("/programs/" + east).then().extract().path("startDate");
        String westStart = as(DemoUser.ALICE).get("/programs/" + west).then().extract().path("startDate");
        assertThat(LocalDate.parse(eastStart)).isIn(LocalDate.now(ZoneId.of("Pacific/Kiritimati")),
                LocalDate.now(ZoneId.of("Pacific/Kiritimati")).minusDays(1));
        assertThat(LocalDate.parse(eastStart)).isAfter(LocalDate.parse(westStart));
    }

    @Test
    void changesMakeVersionsThatStayReadableAndArePublishedWithTheWholeProgram() {
        String id = create(DemoUser.ALICE, "{\"templateId\":\"gentle-relief\"}");
        as(DemoUser.ALICE).body("{\"items\":[{\"exercise\":\"cat-cow\",\"sets\":2,\"reps\":15}],\"reason\":\"focus\"}")
                .put("/programs/" + id + "/items").then().statusCode(200)
                .body("version", equalTo(2)).body("items", hasSize(1));
        as(DemoUser.ALICE).body("{\"schedule\":" + EVERY_OTHER_DAY + "}")
                .put("/programs/" + id + "/schedule").then().statusCode(200)
                .body("version", equalTo(3)).body("schedule.kind", equalTo("WEEKLY")).body("items", hasSize(1));

        as(DemoUser.ALICE).get("/programs/" + id + "/versions").then().statusCode(200)
                .body("version", equalTo(List.of(1, 2, 3)))
                .body("[0].items", hasSize(3))
                .body("reason[1]", equalTo("focus"));
        as(DemoUser.ALICE).get("/programs/" + id + "/versions/1").then().statusCode(200).body("schedule.kind", equalTo("DAILY"));
        as(DemoUser.ALICE).get("/programs/" + id + "/versions/9").then().statusCode(404);

        var changed = KafkaEvents.await(Topics.PROGRAM_EVENTS, 2,
                e -> id.equals(e.subject()) && EventType.PROGRAM_CHANGED.type().equals(e.type()));
        ProgramChanged last = changed.get(1).data(ProgramChanged.class);
        assertThat(last.version()).isEqualTo(3);
        assertThat(last.items()).extracting(i -> i.exercise()).containsExactly("cat-cow");
        assertThat(last.schedule().nonConsecutive()).isTrue();
    }

    @Test
    void aPausedProgramPlansNothingUntilItIsResumed() {
        String id = create(DemoUser.ALICE, "{\"templateId\":\"gentle-relief\"}");
        as(DemoUser.ALICE).body("{\"reason\":\"holiday\"}").post("/programs/" + id + "/pause").then().statusCode(200)
                .body("status", equalTo("PAUSED"));
        as(DemoUser.ALICE).get("/programs/" + id + "/plan").then().statusCode(200).body("total", equalTo(0));
        as(DemoUser.ALICE).post("/programs/" + id + "/pause").then().statusCode(409);
        as(DemoUser.ALICE).post("/programs/" + id + "/resume").then().statusCode(200).body("status", equalTo("ACTIVE"));
        as(DemoUser.ALICE).get("/programs/" + id + "/plan").then().statusCode(200).body("total", equalTo(14));
    }

    @Test
    void anEndedProgramPlansNothingAfterTodayTakesNoChangesAndIsAnnounced() {
        String id = create(DemoUser.ALICE, "{\"templateId\":\"gentle-relief\"}");
        as(DemoUser.ALICE).post("/programs/" + id + "/end").then().statusCode(200).body("status", equalTo("ENDED"));
        as(DemoUser.ALICE).get("/programs/" + id + "/plan").then().statusCode(200).body("total", equalTo(1));
        as(DemoUser.ALICE).post("/programs/" + id + "/resume").then().statusCode(409);
        as(DemoUser.ALICE).body("{\"items\":[{\"exercise\":\"cat-cow\",\"sets\":1,\"reps\":10}]}")
                .put("/programs/" + id + "/items").then().statusCode(409);
        var ended = KafkaEvents.await(Topics.PROGRAM_EVENTS, 1,
                e -> id.equals(e.subject()) && EventType.PROGRAM_ENDED.type().equals(e.type()));
        assertThat(ended.get(0).data(ProgramEnded.class).version()).isEqualTo(2);
    }

    @Test
    void aClinicianCreatesAProgramForAPatientOfTheirClinic() {
        String id = create(DemoUser.CAROL, "{\"templateId\":\"gentle-relief\",\"patientId\":\"" + DemoUser.ALICE.id + "\"}");
        as(DemoUser.ALICE).get("/programs/" + id).then().statusCode(200)
                .body("clinicianId", equalTo(DemoUser.CAROL.id)).body("clinicId", equalTo("clinic-north"));
        as(DemoUser.CAROL).queryParam("patientId", DemoUser.ALICE.id).get("/programs").then().statusCode(200)
                .body("items.id", hasItem(id));
        as(DemoUser.DAN).get("/programs").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(DemoUser.CAROL).body("{\"templateId\":\"gentle-relief\"}").post("/programs").then().statusCode(400)
                .body("errors[0].field", equalTo("patientId"));
    }

    @Test
    void aClinicianCannotPrescribeForSomeoneWhoIsNotAPatientOfTheirClinic() {
        int before = as(DemoUser.CAROL).get("/programs").then().statusCode(200).extract().path("total");
        // bob is dan's patient at clinic-south; dan is a clinician; "0" is nobody the realm knows
        for (String stranger : List.of(DemoUser.BOB.id, DemoUser.DAN.id, DemoUser.CAROL.id, "0")) {
            as(DemoUser.CAROL).body("{\"templateId\":\"gentle-relief\",\"patientId\":\"" + stranger + "\"}")
                    .post("/programs").then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("patientId"))
                    .body("errors[0].message", equalTo("is not a patient of your clinic"));
        }
        as(DemoUser.CAROL).get("/programs").then().statusCode(200).body("total", equalTo(before));
        as(DemoUser.BOB).get("/programs").then().statusCode(200)
                .body("items.clinicianId", not(hasItem(DemoUser.CAROL.id)));
    }

    @Test
    void aRetiredExerciseCannotBeAdded() {
        KafkaEvents.publish(new ExercisePublished("retired-move", "Retired move", "mobility", "supine", 1, true, true,
                new Dose(1, 1, 10, 10, null, null, false), List.of(), List.of(), 2), "retired-move");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(DemoUser.ALICE)
                .body("{\"items\":[{\"exercise\":\"retired-move\",\"sets\":1,\"reps\":5}],\"schedule\":"
                        + EVERY_OTHER_DAY + "}")
                .post("/programs").then().statusCode(422)
                .body("errors[0].field", equalTo("items[0].exercise"))
                .body("detail", containsString("retired")));
    }

    @Test
    void otherPatientsAndOtherClinicsGetNotFoundEverywhere() {
        String id = create(DemoUser.ALICE, "{\"templateId\":\"gentle-relief\"}");
        for (String path : List.of("", "/versions", "/versions/1", "/plan", "/proposals")) {
            as(DemoUser.BOB).get("/programs/" + id + path).then().statusCode(404);
            as(DemoUser.DAN).get("/programs/" + id + path).then().statusCode(404);
        }
        as(DemoUser.BOB).post("/programs/" + id + "/pause").then().statusCode(404);
        as(DemoUser.BOB).body("{\"schedule\":" + EVERY_OTHER_DAY + "}").put("/programs/" + id + "/schedule")
                .then().statusCode(404);
    }

    @Test
    void invalidProgramsAreRejectedNamingTheField() {
        as(DemoUser.ALICE).body("{\"items\":[{\"exercise\":\"pelvic-tilt\",\"sets\":11,\"reps\":12}],\"schedule\":"
                + EVERY_OTHER_DAY + "}").post("/programs").then().statusCode(400)
                .body("errors[0].field", equalTo("items[0].sets"));
        as(DemoUser.ALICE).body("{\"items\":[{\"exercise\":\"pelvic-tilt\",\"sets\":1}],\"schedule\":"
                + EVERY_OTHER_DAY + "}").post("/programs").then().statusCode(400)
                .body("errors[0].field", equalTo("items[0].reps"));
        as(DemoUser.ALICE).body("{\"items\":[{\"exercise\":\"pelvic-tilt\",\"sets\":1,\"reps\":5}],\"schedule\":"
                + "{\"kind\":\"WEEKLY\",\"minPerWeek\":5,\"maxPerWeek\":6,\"nonConsecutive\":true}}")
                .post("/programs").then().statusCode(400)
                .body("errors[0].field", equalTo("schedule.nonConsecutive"));
        as(DemoUser.ALICE).body("{\"items\":[{\"exercise\":\"pelvic-tilt\",\"sets\":1,\"reps\":5}],\"schedule\":"
                + "{\"kind\":\"FORTNIGHTLY\"}}").post("/programs").then().statusCode(400)
                .body("errors[0].field", equalTo("schedule.kind"));
        as(DemoUser.ALICE).body("{\"items\":[{\"exercise\":\"bird-dog\",\"sets\":1,\"reps\":5}],\"schedule\":"
                + EVERY_OTHER_DAY + "}").post("/programs").then().statusCode(422)
                .body("errors[0].field", equalTo("items[0].exercise"));
        as(DemoUser.ALICE).body("{}").post("/programs").then().statusCode(400)
                .body("errors[0].field", equalTo("templateId"));
        String id = create(DemoUser.ALICE, "{\"templateId\":\"gentle-relief\"}");
        as(DemoUser.ALICE).queryParam("from", "2026-12-10").queryParam("to", "2026-12-01")
                .get("/programs/" + id + "/plan").then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(DemoUser.ALICE).queryParam("from", "yesterday").get("/programs/" + id + "/plan").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }
}
