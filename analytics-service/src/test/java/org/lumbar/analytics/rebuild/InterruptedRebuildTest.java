package org.lumbar.analytics.rebuild;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lumbar.analytics.domain.RebuildJob;
import org.lumbar.analytics.support.Await;
import org.lumbar.analytics.support.Patient;
import org.lumbar.contracts.program.Schedule;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** A rebuild that a crash cut short, after it cleared the read models, runs again when the service starts. */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class InterruptedRebuildTest {

    @Inject
    Rebuilds rebuilds;

    @Test
    void theNextStartRunsTheInterruptedRebuildAgainAndTheFiguresComeBack() {
        Patient patient = Patient.fresh("clinic-interrupted");
        LocalDate monday = LocalDate.of(2026, 7, 6); // 2026-W28
        UUID program = patient.assign(Schedule.daily(1), monday);
        patient.completed(program, monday, 3);
        Await.until(() -> adherence(patient).body("completed", equalTo(1)));

        UUID cut = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Replayer.clearAggregates();
            RebuildJob job = new RebuildJob();
            job.id = cut;
            job.status = RebuildJob.RUNNING;
            job.requestedBy = "erin";
            job.startedAt = Instant.now();
            job.persist();
        });
        adherence(patient).body("completed", equalTo(0));

        rebuilds.resumeInterrupted(null);

        Await.until(() -> assertThat(QuarkusTransaction.requiringNew()
                .call(() -> RebuildJob.<RebuildJob> findById(cut).status)).isEqualTo(RebuildJob.SUCCEEDED));
        adherence(patient).body("completed", equalTo(1));
    }

    private static ValidatableResponse adherence(Patient patient) {
        return given().header("Authorization", patient.bearer()).queryParam("week", "2026-W28")
                .get("/patients/me/adherence").then().statusCode(200);
    }
}
