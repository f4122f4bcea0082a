package org.lumbar.program;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.lumbar.contracts.catalog.Dose;
import org.lumbar.contracts.catalog.ExercisePublished;
import org.lumbar.program.domain.KnownExercise;
import org.lumbar.testing.KafkaEvents;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Puts the Gentle Relief exercises (and the towel variant of knee-to-chest) on catalog.exercises, as
 * catalog-service would, with the categories and doses of its catalog (V2 and V3 migrations), and waits until
 * program-service knows them.
 */
public final class CatalogFixture {

    public static final List<String> GENTLE_RELIEF = List.of("pelvic-tilt", "cat-cow", "knee-to-chest");

    private static boolean published;

    private CatalogFixture() {
    }

    /** Safe to call before every test: publishes once per test JVM. */
    public static synchronized void publishGentleReliefExercises() {
        if (published) {
            return;
        }
        published = true;
        publish("pelvic-tilt", "mobility", new Dose(1, 1, 10, 12, 3, 5, false), List.of(), List.of());
        publish("cat-cow", "mobility", new Dose(1, 1, 10, 15, null, null, false), List.of(), List.of());
        publish("knee-to-chest-towel", "stretch", new Dose(1, 1, 2, 2, 20, 30, true), List.of(),
                List.of("knee-to-chest"));
        publish("knee-to-chest", "stretch", new Dose(1, 1, 2, 2, 10, 30, true), List.of("knee-to-chest-towel"),
                List.of("double-knee-to-chest"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> KnownExercise.count("slug in ?1", List.of("pelvic-tilt", "cat-cow", "knee-to-chest",
                        "knee-to-chest-towel")) == 4));
    }

    private static void publish(String slug, String category, Dose dose, List<String> easier, List<String> harder) {
        KafkaEvents.publish(new ExercisePublished(slug, slug, category, "supine", 1, true, false, dose, easier, harder,
                1), slug);
    }
}
