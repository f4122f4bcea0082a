package org.lumbar.analytics.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lumbar.analytics.domain.WeeklyStats;
import org.lumbar.analytics.clinic.WeeklyReports;
import org.lumbar.analytics.support.Await;
import org.lumbar.analytics.support.Patient;
import org.lumbar.commons.messaging.ParkedEvent;
import org.lumbar.commons.messaging.ParkingConfig;
import org.lumbar.contracts.Topics;
import org.lumbar.contracts.program.ProgramAssigned;
import org.lumbar.contracts.program.ProgramItem;
import org.lumbar.contracts.program.Schedule;
import org.lumbar.contracts.progress.WeeklyProgress;
import org.lumbar.contracts.session.SessionAbandoned;
import org.lumbar.contracts.session.SessionCompleted;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class ConsumptionTest {

    @Inject
    WeeklyReports weeklyReports;

    @Inject
    ParkingConfig parking;

    @Test
    void aRecordThatIsNotAValidEventGoesToTheDeadLetterTopicOnceNamingThisConsumerAndConsumptionGoesOn() {
        Patient patient = Patient.fresh("clinic-consumption");
        LocalDate day = LocalDate.of(2026, 7, 6);
        UUID program = patient.assign(Schedule.daily(1), day);
        KafkaEvents.publishRaw(Topics.SESSION_EVENTS, patient.id, "{\"sessionId\":\"nope\"}",
                Map.of("ce_id", "poison-" + patient.id, "ce_type", "lumbar.session.completed.v1", "ce_specversion", "1.0",
                        "ce_source", "/tests"));
        KafkaEvents.publishRaw(Topics.SESSION_EVENTS, patient.id, "{}",
                Map.of("ce_id", "unknown-" + patient.id, "ce_type", "lumbar.session.exploded.v1", "ce_specversion", "1.0",
                        "ce_source", "/tests"));
        patient.completed(program, day, 3);
        Await.until(() -> given().header("Authorization", patient.bearer()).queryParam("week", "2026-W28")
                .get("/patients/me/adherence").then().body("completed", equalTo(1)));
        // the valid event after them is applied, so both were judged: one dead letter each, from this consumer
        var parked = KafkaEvents.await(Topics.deadLetter(Topics.SESSION_EVENTS), 2, e -> patient.id.equals(e.key()));
        assertThat(parked).hasSize(2);
        assertThat(parked).extracting(e -> e.headers().get("ce_id"))
                .containsExactlyInAnyOrder("poison-" + patient.id, "unknown-" + patient.id);
        assertThat(parked).allSatisfy(e -> {
            assertThat(e.headers().get("dead-letter-consumer-group")).isEqualTo("analytics-service");
            assertThat(e.headers().get("dead-letter-topic")).isEqualTo(Topics.SESSION_EVENTS);
            assertThat(e.headers()).containsKeys("dead-letter-partition", "dead-letter-offset");
        });
        assertThat(parked).anySatisfy(e -> assertThat(e.headers().get("dead-letter-reason"))
                .contains("lumbar.session.exploded.v1"));
    }

    @Test
    void anEventThatCannotBeStoredIsParkedAndTheOthersOfItsBatchAreApplied() {
        Patient patient = Patient.fresh("clinic-consumption");
        LocalDate day = LocalDate.of(2026, 7, 8); // 2026-W28
        UUID program = patient.assign(Schedule.daily(1), day);
        String tooLong = "x".repeat(250); // valid for the schema, too long for the patient_id column
        patient.completed(program, day, 3);
        KafkaEvents.publish(new SessionCompleted(UUID.randomUUID(), tooLong, program, 1, day, 3, 3, patient.at(day, 9)),
                patient.id);
        patient.completed(program, day.plusDays(1), 3);
        var parked = KafkaEvents.await(Topics.deadLetter(Topics.SESSION_EVENTS), 1,
                e -> patient.id.equals(e.key()) && e.value().contains(tooLong));
        assertThat(parked.get(0).headers()).containsKeys("dead-letter-reason", "dead-letter-offset", "ce_id");
        assertThat(parked.get(0).headers().get("dead-letter-topic")).isEqualTo(Topics.SESSION_EVENTS);
        assertThat(parked.get(0).headers().get("dead-letter-consumer-group")).isEqualTo("analytics-service");
        Await.until(() -> given().header("Authorization", patient.bearer()).queryParam("week", "2026-W28")
                .get("/patients/me/adherence").then().body("completed", equalTo(2)));
    }

    @Test
    void sessionsArrivingBeforeTheirProgramAreCountedOnceItArrivesAndOnlyOnce() {
        Patient patient = Patient.fresh("clinic-consumption");
        LocalDate monday = LocalDate.of(2026, 7, 13); // 2026-W29
        UUID program = UUID.randomUUID();
        patient.completed(program, monday, 3);
        patient.completed(program, monday.plusDays(2), 3);
        KafkaEvents.publish(new SessionAbandoned(UUID.randomUUID(), patient.id, program, 1, monday.plusDays(3), 1, 3,
                "patient", patient.at(monday.plusDays(3), 9)), patient.id);
        // consumed and kept aside, not counted: analytics has never heard of the program
        Await.until(() -> assertThat(parkedOf(patient)).isEqualTo(3));
        given().header("Authorization", patient.bearer()).queryParam("week", "2026-W29")
                .get("/patients/me/adherence").then().body("completed", equalTo(0)).body("abandoned", equalTo(0));

        KafkaEvents.publish(new ProgramAssigned(program, 1, patient.id, patient.clinicId, null, null, "UTC", monday, null,
                Schedule.weekly(3, 4, true), List.of(new ProgramItem("glute-bridge", 3, 12, null, false, null)),
                Instant.now()), patient.id);
        Await.until(() -> given().header("Authorization", patient.bearer()).queryParam("week", "2026-W29")
                .get("/patients/me/adherence").then()
                .body("scheduled", equalTo(4))
                .body("completed", equalTo(2))
                .body("adherence", equalTo(0.5f))
                .body("abandoned", equalTo(1))
                .body("doseAdherence", equalTo(0.78f))
                .body("nonConsecutiveKept", equalTo(true)));
        assertThat(parkedOf(patient)).isZero();
        // a session on the day after another breaks the non-consecutive-days rule
        patient.completed(program, monday.plusDays(3), 3);
        Await.until(() -> given().header("Authorization", patient.bearer()).queryParam("week", "2026-W29")
                .get("/patients/me/adherence").then().body("completed", equalTo(3)).body("nonConsecutiveKept", equalTo(false)));
        // nothing is left to retry or to dead-letter; a few sweeps later the figures are the same
        sleep(Duration.ofSeconds(3));
        given().header("Authorization", patient.bearer()).queryParam("week", "2026-W29")
                .get("/patients/me/adherence").then().body("completed", equalTo(3)).body("abandoned", equalTo(1));
        assertThat(KafkaEvents.all(Topics.deadLetter(Topics.SESSION_EVENTS)))
                .noneMatch(e -> patient.id.equals(e.key()));
    }

    @Test
    void anEventForAPatientNeverHeardOfIsDeadLetteredAfterTheWaitAndNeverCounted() {
        Patient patient = Patient.fresh("clinic-consumption");
        LocalDate day = LocalDate.of(2026, 8, 3); // 2026-W32
        long start = System.nanoTime();
        patient.completed(null, day, 3);
        Await.until(() -> assertThat(parkedOf(patient)).isEqualTo(1));
        List<KafkaEvents.SeenEvent> parked = new java.util.ArrayList<>();
        Awaitility.await().atMost(parking.maxWait().plusSeconds(40)).pollInterval(Duration.ofMillis(500)).until(() -> {
            parked.clear();
            parked.addAll(KafkaEvents.all(Topics.deadLetter(Topics.SESSION_EVENTS)).stream()
                    .filter(e -> patient.id.equals(e.key())).toList());
            return !parked.isEmpty();
        });
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertThat(waited).isGreaterThanOrEqualTo(parking.maxWait());
        assertThat(parked).hasSize(1);
        assertThat(parked.get(0).type()).isEqualTo("lumbar.session.completed.v1");
        assertThat(parked.get(0).headers().get("dead-letter-reason")).contains("patient " + patient.id)
                .contains(parking.maxWait().toString());
        assertThat(parked.get(0).headers().get("dead-letter-consumer-group")).isEqualTo("analytics-service");
        assertThat(parked.get(0).headers().get("dead-letter-topic")).isEqualTo(Topics.SESSION_EVENTS);
        assertThat(parkedOf(patient)).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> WeeklyStats.count("patientId", patient.id))).isZero();
        // once is enough: later sweeps send nothing more
        sleep(Duration.ofSeconds(3));
        assertThat(KafkaEvents.all(Topics.deadLetter(Topics.SESSION_EVENTS))).filteredOn(e -> patient.id.equals(e.key()))
                .hasSize(1);
    }

    private static long parkedOf(Patient patient) {
        return QuarkusTransaction.requiringNew().call(() -> ParkedEvent.count("recordKey", patient.id));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFinishedWeekIsPublishedOnceOnProgressEvents() {
        Patient patient = Patient.fresh("clinic-consumption");
        LocalDate monday = LocalDate.of(2026, 7, 20); // 2026-W30
        UUID program = patient.assign(Schedule.daily(1), monday);
        patient.session(program, monday, 5, 3, 3);
        patient.session(program, monday.plusDays(1), 5, 3, 2);
        Await.until(() -> given().header("Authorization", patient.bearer()).queryParam("week", "2026-W30")
                .get("/patients/me/adherence").then().body("painAfter", equalTo(3.0f)).body("completed", equalTo(1))
                .body("doseAdherence", equalTo(0.83f)));

        Instant sundayEvening = patient.at(monday.plusDays(6), 20);
        Instant nextMonday = patient.at(monday.plusDays(7), 6);
        assertThat(weeklyReports.publishLastWeek(patient.id, sundayEvening)).as("W29 had nothing").isFalse();
        assertThat(weeklyReports.publishLastWeek(patient.id, nextMonday)).isTrue();
        assertThat(weeklyReports.publishLastWeek(patient.id, nextMonday.plusSeconds(3600))).isFalse();

        var published = KafkaEvents.await(Topics.PROGRESS_EVENTS, 1,
                e -> patient.id.equals(e.key()) && e.type().equals("lumbar.progress.weekly.v1"));
        assertThat(published).hasSize(1);
        assertThat(published.get(0).subject()).isEqualTo(patient.id);
        WeeklyProgress week = published.get(0).data(WeeklyProgress.class);
        assertThat(week.week()).isEqualTo("2026-W30");
        assertThat(week.weekStart()).isEqualTo(monday);
        assertThat(week.clinicId()).isEqualTo("clinic-consumption");
        assertThat(week.scheduled()).isEqualTo(7);
        assertThat(week.completed()).isEqualTo(1);
        assertThat(week.adherence()).isEqualTo(0.14);
        assertThat(week.lowAdherence()).isTrue();
        assertThat(week.doseAdherence()).isEqualTo(0.83);
        assertThat(week.painBefore()).isEqualTo(5.0);
        assertThat(week.painAfter()).isEqualTo(3.0);
        assertThat(week.painChangeFromBaseline()).isEqualTo(0.0);
        assertThat(week.meaningfulImprovement()).isFalse();
    }

    @Test
    void theSameCompletionThreeTimesCountsOnce() {
        Patient patient = Patient.fresh("clinic-consumption");
        LocalDate day = LocalDate.of(2026, 7, 29);
        UUID program = patient.assign(Schedule.daily(1), day);
        SessionCompleted completed = new SessionCompleted(UUID.randomUUID(), patient.id, program, 1, day, 3, 3,
                patient.at(day, 9));
        for (int i = 0; i < 3; i++) {
            KafkaEvents.publish(completed, patient.id, "same-" + patient.id);
        }
        // the same session completed again under another event id is not counted twice either
        KafkaEvents.publish(completed, patient.id);
        patient.completed(program, day, 3);
        Await.until(() -> given().header("Authorization", patient.bearer()).queryParam("week", "2026-W31")
                .get("/patients/me/adherence").then().body("completed", equalTo(2)));
    }
}
