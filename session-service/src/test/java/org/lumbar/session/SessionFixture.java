package org.lumbar.session;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.lumbar.contracts.catalog.Dose;
import org.lumbar.contracts.catalog.ExercisePublished;
import org.lumbar.contracts.program.ProgramAssigned;
import org.lumbar.contracts.program.ProgramItem;
import org.lumbar.contracts.program.Schedule;
import org.lumbar.session.domain.CatalogExercise;
import org.lumbar.session.domain.ProgramSnapshot;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.KafkaEvents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

/** Programs and catalog entries as program-service and catalog-service would publish them. */
public final class SessionFixture {

    private static boolean catalogPublished;

    private SessionFixture() {
    }

    public static synchronized void catalogIsKnown() {
        if (catalogPublished) {
            return;
        }
        catalogPublished = true;
        exercise("knee-to-chest-towel", "Towel-assisted knee-to-chest", List.of());
        exercise("knee-to-chest", "Knee-to-chest stretch", List.of("knee-to-chest-towel"));
        exercise("pelvic-tilt", "Pelvic tilt", List.of());
        exercise("cat-cow", "Cat-cow", List.of());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> CatalogExercise.findById("cat-cow") != null));
    }

    /** A Gentle Relief program of the patient, known to session-service through program.events. */
    public static UUID gentleReliefProgramOf(DemoUser patient) {
        UUID programId = UUID.randomUUID();
        List<ProgramItem> items = List.of(
                new ProgramItem("pelvic-tilt", 1, 10, null, false, null),
                new ProgramItem("cat-cow", 1, 10, null, false, null),
                new ProgramItem("knee-to-chest", 1, 2, 30, true, null));
        KafkaEvents.publish(new ProgramAssigned(programId, 1, patient.id, patient.clinicId, null, "gentle-relief", "UTC",
                LocalDate.now(), null, Schedule.daily(1), items, Instant.now()), patient.id);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> ProgramSnapshot.latest(programId) != null));
        return programId;
    }

    public static String startSession(DemoUser patient, UUID programId) {
        return given().header("Authorization", patient.bearer()).contentType(ContentType.JSON)
                .body("{\"programId\":\"" + programId + "\"}")
                .when().post("/sessions")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static void exercise(String slug, String name, List<String> easier) {
        KafkaEvents.publish(new ExercisePublished(slug, name, "stretch", "supine", 1, true, false,
                new Dose(1, 2, null, null, 20, 30, true), easier, List.of(), 1), slug);
    }
}
