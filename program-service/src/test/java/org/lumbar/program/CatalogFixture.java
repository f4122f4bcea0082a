package org.lumbar.program;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.lumbar.contracts.catalog.Dose;
import org.lumbar.contracts.catalog.ExercisePublished;
import org.lumbar.testing.KafkaEvents;

/** Puts the Gentle Relief exercises on catalog.exercises, as catalog-service would, and waits until they are known. */
public final class CatalogFixture {

    public static final List<String> GENTLE_RELIEF = List.of("pelvic-tilt", "cat-cow", "knee-to-chest");

    private CatalogFixture() {
    }

    private static boolean published;

    /** Safe to call before every test: publishes once per test JVM. */
    public static synchronized void publishGentleReliefExercises() {
        if (published) {
            return;
        }
        published = true;
        for (String slug : GENTLE_RELIEF) {
            KafkaEvents.publish(new ExercisePublished(slug, slug, "mobility", "supine", 1, true, false,
                    new Dose(1, 2, 10, 12, null, null, false), List.of(), List.of(), 1), slug);
        }
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
    }
}
