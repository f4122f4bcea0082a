package org.lumbar.analytics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbar.analytics.support.Await;
import org.lumbar.analytics.support.Patient;
import org.lumbar.clinical.measures.IsoWeek;
import org.lumbar.contracts.program.Schedule;
import org.lumbar.contracts.session.SessionCompleted;
import org.lumbar.contracts.session.SetCompleted;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class TrendsResourceTest {

    private static final String CLINIC = "clinic-trends";
    private static final LocalDate W32 = LocalDate.of(2026, 8, 3); // Monday of 2026-W32
    private static Patient patient;

    /** Four weeks of a daily program: pain falling from 6 to 4 before and 4 to 2 after sessions, plank held longer. */
    @BeforeEach
    void fourWeeks() {
        if (patient != null) {
            return;
        }
        patient = Patient.fresh(CLINIC);
        UUID program = patient.assign(Schedule.daily(1), W32);
        patient.session(program, W32, 6, 4, 3, 20);
        patient.session(program, W32.plusDays(2), 6, 4, 3, 20);
        patient.session(program, W32.plusDays(7), 5, 3, 3, 25);
        patient.session(program, W32.plusDays(14), 4, 3, 3, 30);
        patient.session(program, W32.plusDays(21), 4, 2, 2, 30);
        // the dose of the last session comes with its completion, the last event published
        Await.until(() -> given().header("Authorization", patient.bearer())
                .queryParam("week", "2026-W35").get("/patients/me/adherence")
                .then().statusCode(200).body("painAfter", equalTo(2.0f)).body("abandoned", equalTo(0))
                .body("doseAdherence", equalTo(0.67f)));
    }

    @Test
    void thePainTrendHasWeeklyMeansTheChangeFromBaselineTheSlopeAndTheMcid() {
        given().header("Authorization", patient.bearer())
                .queryParam("from", "2026-W32").queryParam("to", "2026-08-30")
                .when().get("/patients/me/pain-trend")
                .then().statusCode(200)
                .body("patientId", equalTo(patient.id))
                .body("from", equalTo("2026-W32"))
                .body("to", equalTo("2026-W35"))
                .body("headline", equalTo("before"))
                .body("weeks.painBefore", contains(6.0f, 5.0f, 4.0f, 4.0f))
                .body("weeks.painAfter", contains(4.0f, 3.0f, 3.0f, 2.0f))
                .body("weeks.reportsBefore", contains(2, 1, 1, 1))
                .body("weeks.programWeek", contains(1, 2, 3, 4))
                .body("weeks.expectedPhase", contains("early-relief", "early-relief", "settling-in", "bigger-gains"))
                .body("before.baselineWeek", equalTo("2026-W32"))
                .body("before.baseline", equalTo(6.0f))
                .body("before.latest", equalTo(4.0f))
                .body("before.change", equalTo(-2.0f))
                .body("before.relativeChange", equalTo(-0.33f))
                .body("before.slopePerWeek", equalTo(-0.7f))
                .body("before.meaningfulImprovement", equalTo(true))
                .body("after.change", equalTo(-2.0f))
                .body("after.slopePerWeek", equalTo(-0.6f))
                .body("course.status", equalTo("improvement-reached"))
                .body("course.milestones", hasSize(4));
    }

    @Test
    void anExerciseTrendHasTheBestSetOfEachWeek() {
        given().header("Authorization", patient.bearer())
                .queryParam("from", "2026-W32").queryParam("to", "2026-W36")
                .when().get("/patients/" + patient.id + "/exercises/forearm-plank/trend")
                .then().statusCode(200)
                .body("exercise", equalTo("forearm-plank"))
                .body("weeks.week", contains("2026-W32", "2026-W33", "2026-W34", "2026-W35", "2026-W36"))
                .body("weeks.bestHoldSeconds", contains(20, 25, 30, null, null))
                .body("weeks.setsDone", contains(2, 1, 1, 0, 0))
                .body("bestHoldSeconds", equalTo(30))
                .body("holdChange", equalTo(10))
                .body("bestReps", nullValue());
        given().header("Authorization", patient.bearer())
                .queryParam("from", "2026-W32").queryParam("to", "2026-W35")
                .when().get("/patients/me/exercises/glute-bridge/trend")
                .then().statusCode(200)
                .body("weeks.bestReps", contains(12, 12, 12, 12))
                .body("weeks.setsDone", contains(4, 2, 2, 2))
                .body("repsChange", equalTo(0));
        given().header("Authorization", patient.bearer())
                .when().get("/patients/me/exercises/side-plank/trend")
                .then().statusCode(200)
                .body("weeks", hasSize(12))
                .body("bestHoldSeconds", nullValue());
        given().header("Authorization", patient.bearer())
                .when().get("/patients/me/exercises/Side_Plank/trend")
                .then().statusCode(400).body("errors[0].field", equalTo("slug"));
    }

    @Test
    void theAdherenceSeriesHasOnePointPerWeekWithTotalsAndStreaks() {
        given().header("Authorization", patient.bearer())
                .queryParam("from", "2026-W31").queryParam("to", "2026-W35")
                .when().get("/patients/me/adherence")
                .then().statusCode(200)
                .body("from", equalTo("2026-W31"))
                .body("weeks.week", contains("2026-W31", "2026-W32", "2026-W33", "2026-W34", "2026-W35"))
                .body("weeks.programWeek", contains(0, 1, 2, 3, 4))
                .body("weeks.scheduled", contains(0, 7, 7, 7, 7))
                .body("weeks.completed", contains(0, 2, 1, 1, 0))
                .body("weeks.adherence", contains(null, 0.29f, 0.14f, 0.14f, 0.0f))
                .body("weeks.lowAdherence", contains(false, true, true, true, true))
                .body("weeks.doseAdherence", contains(null, 1.0f, 1.0f, 1.0f, 0.67f))
                .body("weeks.nonConsecutiveKept", contains(null, null, null, null, null))
                .body("totals.scheduled", equalTo(28))
                .body("totals.completed", equalTo(4))
                .body("totals.adherence", equalTo(0.14f))
                .body("totals.lowAdherenceWeeks", equalTo(4))
                .body("totals.doseAdherence", equalTo(0.93f))
                .body("streaks.currentWeeks", equalTo(0))
                .body("streaks.longestWeeks", equalTo(0));
    }

    @Test
    void seriesRangesAreCheckedAndNamed() {
        for (String[] bad : List.of(new String[] { "from", "2026-W40", "to", "2026-W30" },
                new String[] { "from", "2020-W01", "to", "2026-W30" }, new String[] { "from", "last week", "to", "2026-W30" })) {
            given().header("Authorization", patient.bearer())
                    .queryParam(bad[0], bad[1]).queryParam(bad[2], bad[3])
                    .when().get("/patients/me/pain-trend")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        }
        given().header("Authorization", patient.bearer())
                .queryParam("week", "2026-W30").queryParam("to", "2026-W30")
                .when().get("/patients/me/adherence")
                .then().statusCode(400).body("errors[0].field", equalTo("week"));
    }

    @Test
    void theSummaryShowsTheWeeksTheWindowTheCourseAndTheBestSets() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int programWeek = (int) ChronoUnit.WEEKS.between(W32, today.with(java.time.DayOfWeek.MONDAY)) + 1;
        given().header("Authorization", patient.bearer())
                .when().get("/patients/me/summary")
                .then().statusCode(200)
                .body("patientId", equalTo(patient.id))
                .body("clinicId", equalTo(CLINIC))
                .body("timeZone", equalTo("UTC"))
                .body("currentWeek.week", equalTo(IsoWeek.of(today).toString()))
                .body("currentWeek.inProgress", equalTo(true))
                .body("currentWeek.scheduled", equalTo(7))
                .body("lastWeek.lowAdherence", equalTo(true))
                .body("last28Days.scheduled", equalTo(28))
                .body("last28Days.completed", equalTo(0))
                .body("last28Days.lowAdherence", equalTo(true))
                .body("streaks.currentWeeks", equalTo(0))
                .body("pain.headline", equalTo("before"))
                .body("pain.before.meaningfulImprovement", equalTo(true))
                .body("course.programWeek", equalTo(programWeek))
                .body("course.status", equalTo("improvement-reached"))
                .body("exercises.exercise", contains("forearm-plank", "glute-bridge"))
                .body("exercises.bestHoldSeconds", contains(30, null))
                .body("exercises.bestReps", contains(null, 12))
                .body("openAlerts", equalTo(0))
                .body("lastSessionOn", equalTo("2026-08-24"));
    }

    @Test
    void theClinicsCliniciansReadThePatientOthersAreToldItDoesNotExist() {
        for (String path : List.of("summary", "pain-trend", "adherence?from=2026-W32", "exercises/glute-bridge/trend")) {
            given().header("Authorization", Patient.clinician(CLINIC))
                    .when().get("/patients/" + patient.id + "/" + path).then().statusCode(200);
            given().header("Authorization", Patient.clinician("clinic-elsewhere"))
                    .when().get("/patients/" + patient.id + "/" + path).then().statusCode(404);
            given().header("Authorization", DemoUser.BOB.bearer())
                    .when().get("/patients/" + patient.id + "/" + path).then().statusCode(404);
            given().when().get("/patients/" + patient.id + "/" + path).then().statusCode(401);
        }
    }

    @Test
    void aPerSideSetCountsOnceInTheExerciseTrend() {
        Patient sides = Patient.fresh(CLINIC);
        LocalDate monday = LocalDate.of(2026, 9, 14); // 2026-W38
        sides.assign(Schedule.daily(1), monday);
        UUID session = UUID.randomUUID();
        KafkaEvents.publish(new SetCompleted(session, sides.id, "bird-dog", 1, "left", 10, null, sides.at(monday, 8)),
                sides.id);
        KafkaEvents.publish(new SetCompleted(session, sides.id, "bird-dog", 1, "right", 12, null,
                sides.at(monday, 8).plusSeconds(30)), sides.id);
        KafkaEvents.publish(new SetCompleted(session, sides.id, "bird-dog", 2, "both", 11, null,
                sides.at(monday, 8).plusSeconds(90)), sides.id);
        Await.until(() -> given().header("Authorization", sides.bearer())
                .queryParam("from", "2026-W38").queryParam("to", "2026-W38")
                .get("/patients/me/exercises/bird-dog/trend").then().statusCode(200)
                .body("weeks.setsDone", contains(2)).body("weeks.bestReps", contains(12)));
    }

    @Test
    void aSessionCountsItsLastBeforeAndAfterScoreOnce() {
        Patient twice = Patient.fresh(CLINIC);
        LocalDate monday = LocalDate.of(2026, 9, 7);
        UUID program = twice.assign(Schedule.daily(1), monday);
        UUID first = UUID.randomUUID();
        KafkaEvents.publish(twice.pain(first, monday, null, 7, "before", "ache", List.of()), twice.id);
        KafkaEvents.publish(twice.pain(first, monday, null, 5, "before", "ache", List.of()), twice.id);
        KafkaEvents.publish(twice.pain(first, monday, null, 3, "after", "soreness", List.of()), twice.id);
        UUID second = UUID.randomUUID();
        KafkaEvents.publish(twice.pain(second, monday.plusDays(1), null, 3, "before", "ache", List.of()), twice.id);
        twice.completed(program, monday, 3);
        // the first session counts 5 (its last before score), not 7 and 5: the week's mean is (5 + 3) / 2
        Await.until(() -> given().header("Authorization", twice.bearer()).queryParam("week", "2026-W37")
                .get("/patients/me/adherence").then().statusCode(200)
                .body("painBefore", equalTo(4.0f)).body("painAfter", equalTo(3.0f)));
        given().header("Authorization", twice.bearer()).queryParam("from", "2026-W37").queryParam("to", "2026-W37")
                .get("/patients/me/pain-trend").then().body("weeks.reportsBefore", contains(2));
    }

    @Test
    void aScoreFallsInTheWeekOfThePatientsOwnCalendar() {
        Patient auckland = Patient.fresh(CLINIC, ZoneId.of("Pacific/Auckland"));
        UUID program = auckland.assign(Schedule.daily(1), LocalDate.of(2026, 10, 5));
        Await.until(() -> given().header("Authorization", auckland.bearer()).queryParam("week", "2026-W41")
                .get("/patients/me/adherence").then().body("scheduled", equalTo(7)));
        // Sunday 11 October 20:00 UTC is Monday 12 October 09:00 in Auckland: week 42 there, week 41 in UTC
        LocalDate sundayUtc = LocalDate.of(2026, 10, 11);
        KafkaEvents.publish(new org.lumbar.contracts.session.PainReported(UUID.randomUUID(), auckland.id, null, 5, "before",
                null, null, null, List.of(), null, "continue", false, sundayUtc.atTime(20, 0).toInstant(ZoneOffset.UTC)), auckland.id);
        // a session planned for Sunday in Auckland is counted on Sunday, whenever it was completed
        KafkaEvents.publish(new SessionCompleted(UUID.randomUUID(), auckland.id, program, 1, sundayUtc, 3, 3,
                sundayUtc.atTime(20, 0).toInstant(ZoneOffset.UTC)), auckland.id);
        Await.until(() -> given().header("Authorization", auckland.bearer()).queryParam("from", "2026-W41")
                .queryParam("to", "2026-W42").get("/patients/me/adherence")
                .then().body("weeks.painBefore", contains(null, 5.0f)).body("weeks.completed", contains(1, 0)));
        given().header("Authorization", auckland.bearer()).when().get("/patients/me/summary")
                .then().body("timeZone", equalTo("Pacific/Auckland"))
                .body("today", equalTo(LocalDate.now(ZoneId.of("Pacific/Auckland")).toString()))
                .body("currentWeek.week", equalTo(IsoWeek.of(LocalDate.now(ZoneId.of("Pacific/Auckland"))).toString()));
    }

    @Test
    void aPatientWithoutAnythingHasEmptySeries() {
        Patient nobody = Patient.fresh(CLINIC);
        given().header("Authorization", nobody.bearer()).when().get("/patients/me/summary")
                .then().statusCode(200)
                .body("clinicId", nullValue())
                .body("course.programWeek", nullValue())
                .body("course.status", equalTo("no-pain-data"))
                .body("exercises", empty())
                .body("pain.headline", nullValue())
                .body("last28Days.adherence", nullValue())
                .body("lastSessionOn", nullValue());
        given().header("Authorization", nobody.bearer()).when().get("/patients/me/pain-trend")
                .then().statusCode(200).body("weeks", hasSize(12)).body("before.baseline", nullValue());
    }

    static int isoWeekOf(LocalDate day) {
        return day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
