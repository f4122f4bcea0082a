package org.lumbar.analytics.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.lumbar.analytics.domain.RebuildJob;
import org.lumbar.analytics.support.Await;
import org.lumbar.analytics.support.Patient;
import org.lumbar.contracts.Topics;
import org.lumbar.contracts.program.ProgramChanged;
import org.lumbar.contracts.program.ProgramItem;
import org.lumbar.contracts.program.Schedule;
import org.lumbar.contracts.session.SessionAbandoned;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class RebuildTest {

    /** Every table derived from the topics; processed_event without its processing time. */
    private static final Map<String, String> AGGREGATES = new LinkedHashMap<>();
    static {
        for (String table : List.of("patient_program", "patient_program_version", "patient_profile", "weekly_stats",
                "session_track", "pain_score", "exercise_week")) {
            AGGREGATES.put(table, "select * from analytics." + table);
        }
        AGGREGATES.put("processed_event", "select event_id, event_type from analytics.processed_event");
    }

    @Inject
    EntityManager entityManager;

    private Map<String, List<String>> tables() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, List<String>> rows = new LinkedHashMap<>();
            AGGREGATES.forEach((table, sql) -> {
                List<String> lines = new ArrayList<>();
                for (Object row : entityManager.createNativeQuery(sql).getResultList()) {
                    lines.add(row instanceof Object[] values ? Arrays.deepToString(values) : String.valueOf(row));
                }
                lines.sort(null);
                rows.put(table, lines);
            });
            return rows;
        });
    }

    private static String get(Patient patient, String path) {
        return given().header("Authorization", patient.bearer()).get("/patients/me/" + path).then().statusCode(200)
                .extract().asString();
    }

    private static List<String> views(Patient patient) {
        return List.of(get(patient, "summary"), get(patient, "adherence?from=2026-W28&to=2026-W33"),
                get(patient, "pain-trend?from=2026-W28&to=2026-W33"),
                get(patient, "exercises/glute-bridge/trend?from=2026-W28&to=2026-W33"), get(patient, "observations"));
    }

    @Test
    void aRebuildReplaysTheTopicsIntoTheSameAggregatesAndLiveConsumptionGoesOn() {
        Patient patient = Patient.fresh("clinic-rebuild");
        LocalDate monday = LocalDate.of(2026, 7, 6); // 2026-W28
        UUID program = patient.assign(Schedule.daily(1), monday);
        KafkaEvents.publish(new ProgramChanged(program, 2, patient.id, patient.clinicId, "PAUSED", "UTC", monday, null,
                monday.plusDays(10), Schedule.daily(1), List.of(new ProgramItem("glute-bridge", 3, 12, null, false, null)),
                "holiday", Instant.now()), patient.id);
        patient.session(program, monday, 6, 4, 3, 20);
        UUID twice = patient.session(program, monday.plusDays(2), 5, 3, 3, 25);
        KafkaEvents.publish(new SessionAbandoned(twice, patient.id, program, 1, monday.plusDays(2), 1, 3, "patient",
                patient.at(monday.plusDays(2), 10)), patient.id);
        patient.session(program, monday.plusDays(7), 4, 2, 2, 30);
        KafkaEvents.publishRaw(Topics.PROGRAM_EVENTS, patient.id, "not json", Map.of("ce_id", "poison-" + patient.id,
                "ce_type", "lumbar.program.assigned.v1", "ce_specversion", "1.0", "ce_source", "/tests"));
        Patient early = Patient.fresh("clinic-rebuild");
        UUID earlyProgram = UUID.randomUUID();
        early.session(earlyProgram, monday.plusDays(1), 3, 2, 3);
        KafkaEvents.publish(new org.lumbar.contracts.program.ProgramAssigned(earlyProgram, 1, early.id, early.clinicId,
                null, null, "UTC", monday, null, Schedule.weekly(3, 4, true),
                List.of(new ProgramItem("glute-bridge", 3, 12, null, false, null)), Instant.now()), early.id);

        // markers at the end of both topics: once they are applied, everything before them is
        Patient marker = Patient.fresh("clinic-rebuild");
        UUID markerProgram = marker.assign(Schedule.daily(1), monday);
        marker.completed(markerProgram, monday, 3);
        Await.until(() -> given().header("Authorization", marker.bearer()).queryParam("week", "2026-W28")
                .get("/patients/me/adherence").then().body("scheduled", equalTo(7)).body("completed", equalTo(1)));

        Map<String, List<String>> before = tables();
        List<String> patientViews = views(patient);
        List<String> earlyViews = views(early);
        long alerts = QuarkusTransaction.requiringNew().call(() -> org.lumbar.analytics.domain.Alert.count());
        assertThat(before.get("weekly_stats")).isNotEmpty();

        String location = given().header("Authorization", DemoUser.ERIN.bearer())
                .when().post("/admin/rebuild")
                .then().statusCode(202)
                .header("Location", containsString("/admin/rebuild/"))
                .body("status", equalTo("running"))
                .body("requestedBy", equalTo(DemoUser.ERIN.id))
                .extract().header("Location");
        Await.until(() -> given().header("Authorization", DemoUser.ERIN.bearer()).get(location)
                .then().statusCode(200).body("status", equalTo("succeeded")));
        given().header("Authorization", DemoUser.ERIN.bearer()).get(location)
                .then().body("programEvents", greaterThanOrEqualTo(4))
                .body("sessionEvents", greaterThanOrEqualTo(20))
                .body("unreadable", greaterThanOrEqualTo(1));

        Map<String, List<String>> after = tables();
        for (String table : AGGREGATES.keySet()) {
            assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
        }
        assertThat(views(patient)).isEqualTo(patientViews);
        assertThat(views(early)).isEqualTo(earlyViews);
        assertThat(QuarkusTransaction.requiringNew().call(() -> org.lumbar.analytics.domain.Alert.count()))
                .as("alerts are kept, not replayed").isEqualTo(alerts);

        // live consumption goes on where it was, without applying the replayed events again
        patient.completed(program, monday.plusDays(8), 3);
        Await.until(() -> given().header("Authorization", patient.bearer()).queryParam("week", "2026-W29")
                .get("/patients/me/adherence").then().body("completed", equalTo(1)));
        given().header("Authorization", patient.bearer()).queryParam("week", "2026-W28")
                .get("/patients/me/adherence").then().body("completed", equalTo(2)).body("abandoned", equalTo(0));
    }

    @Test
    void onlyAdminsRebuildAndOneAtATime() {
        given().header("Authorization", DemoUser.CAROL.bearer()).when().post("/admin/rebuild").then().statusCode(403);
        given().header("Authorization", DemoUser.ALICE.bearer()).when().post("/admin/rebuild").then().statusCode(403);
        given().when().post("/admin/rebuild").then().statusCode(401);
        given().header("Authorization", DemoUser.ERIN.bearer()).get("/admin/rebuild/" + UUID.randomUUID())
                .then().statusCode(404);
        given().header("Authorization", DemoUser.CAROL.bearer()).get("/admin/rebuild/" + UUID.randomUUID())
                .then().statusCode(403);

        UUID running = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            RebuildJob job = new RebuildJob();
            job.id = running;
            job.status = RebuildJob.RUNNING;
            job.requestedBy = "someone";
            job.startedAt = Instant.now();
            job.persist();
        });
        try {
            given().header("Authorization", DemoUser.ERIN.bearer()).when().post("/admin/rebuild")
                    .then().statusCode(409).contentType("application/problem+json");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> RebuildJob.deleteById(running));
        }
    }
}
