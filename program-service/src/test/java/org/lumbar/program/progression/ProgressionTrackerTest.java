package org.lumbar.program.progression;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbar.contracts.session.SessionStarted;
import org.lumbar.contracts.session.SetCompleted;
import org.lumbar.program.CatalogFixture;
import org.lumbar.program.ScreeningFixture;
import org.lumbar.program.domain.ExercisePerformance;
import org.lumbar.program.domain.PerformedSet;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A poll's sets, read ahead together, count toward the dose as each would alone. */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class ProgressionTrackerTest {

    private static final DemoUser ALICE = DemoUser.ALICE;

    @Inject
    ProgressionTracker tracker;

    private UUID program;
    private final UUID session = UUID.randomUUID();

    @BeforeEach
    void aliceHasAProgram() {
        CatalogFixture.publishGentleReliefExercises();
        ScreeningFixture.answeredNo(DemoUser.ALICE);
        program = UUID.fromString(given().header("Authorization", ALICE.bearer()).contentType(ContentType.JSON)
                .body("{\"templateId\":\"gentle-relief\"}").post("/programs")
                .then().statusCode(201).extract().path("id"));
    }

    private SetCompleted pelvicTilt(int setNumber, String side, int reps) {
        return new SetCompleted(session, ALICE.id, "pelvic-tilt", setNumber, side, reps, null, Instant.now());
    }

    /** Applies the sets as one poll does: read ahead first, then each set in order, all in one transaction. */
    private void poll(boolean startsTheSession, SetCompleted... sets) {
        QuarkusTransaction.requiringNew().run(() -> {
            Set<PerformedSet.Key> performed = tracker.prepareSets(List.of(sets));
            if (startsTheSession) {
                tracker.sessionStarted(new SessionStarted(session, ALICE.id, program, 1, LocalDate.now(), Instant.now()));
            }
            for (SetCompleted set : sets) {
                tracker.setCompleted(set, performed);
            }
        });
    }

    @Test
    void aSetOnBothSidesCountsOnceAndASetSeenInAnEarlierPollIsNotCountedAgain() {
        poll(true, pelvicTilt(1, "left", 12), pelvicTilt(1, "right", 12), pelvicTilt(2, "both", 12),
                pelvicTilt(3, "both", 4));
        poll(false, pelvicTilt(1, "both", 12), pelvicTilt(4, "both", 12));

        QuarkusTransaction.requiringNew().run(() -> {
            // sets 1, 2 and 4 reached the 10 reps of the program; set 3 did not
            assertThat(ExercisePerformance.of(session, "pelvic-tilt").setsAtDose).isEqualTo(3);
            assertThat(PerformedSet.count("sessionId", session)).isEqualTo(4);
        });
    }

    @Test
    void setsOfASessionThatIsNotTrackedChangeNothing() {
        poll(false, pelvicTilt(1, "both", 12));

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(ExercisePerformance.findByIdOptional(new ExercisePerformance.Key(session, "pelvic-tilt")))
                    .isEmpty();
            assertThat(PerformedSet.count("sessionId", session)).isZero();
        });
    }
}
