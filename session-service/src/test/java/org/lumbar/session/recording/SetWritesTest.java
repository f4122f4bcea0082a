package org.lumbar.session.recording;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.idempotency.IdempotentRequests.Answer;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.Topics;
import org.lumbar.session.SessionFixture;
import org.lumbar.session.recording.SetWrites.Pending;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.KafkaEvents.SeenEvent;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Set writes committed in groups answer, store and publish exactly as if each had been written alone. */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class SetWritesTest {

    @Inject
    SetWrites setWrites;

    private UUID session;

    @BeforeEach
    void aliceIsInASession() {
        SessionFixture.catalogIsKnown();
        session = UUID.fromString(SessionFixture.startSession(DemoUser.ALICE,
                SessionFixture.gentleReliefProgramOf(DemoUser.ALICE)));
    }

    @Test
    void aGroupOfSetsIsRecordedAndPublishedOncePerSet() throws Exception {
        List<Pending> group = List.of(set("pelvic-tilt", 1, "key-1"), set("cat-cow", 1, "key-2"),
                set("knee-to-chest", 1, null));
        assertThat(setWrites.write(group)).isTrue();

        for (Pending pending : group) {
            assertThat(pending.answer().get(5, TimeUnit.SECONDS).created()).isTrue();
        }
        assertSetsStoredAndPublished("pelvic-tilt", "cat-cow", "knee-to-chest");
    }

    @Test
    void aDuplicateInAGroupIsRefusedAndTheOthersAreRecordedOnce() throws Exception {
        Pending first = set("pelvic-tilt", 1, "key-a");
        Pending duplicate = set("pelvic-tilt", 1, null);
        Pending second = set("cat-cow", 1, "key-b");
        assertThat(setWrites.write(List.of(first, duplicate, second))).isFalse();

        assertThat(first.answer().get(5, TimeUnit.SECONDS).created()).isTrue();
        assertThat(second.answer().get(5, TimeUnit.SECONDS).created()).isTrue();
        // the unique constraint's error, which the REST layer answers as 409
        assertThat(catchThrowable(() -> duplicate.answer().join())).rootCause().isInstanceOf(SQLException.class);
        assertSetsStoredAndPublished("pelvic-tilt", "cat-cow");
    }

    @Test
    void anInvalidWriteInAGroupGetsItsOwnProblemAndTheOthersAreRecordedOnce() throws Exception {
        Pending first = set("pelvic-tilt", 1, "key-c");
        Pending notInProgram = set("dead-bug", 1, null);
        Pending second = set("cat-cow", 1, null);
        assertThat(setWrites.write(List.of(first, notInProgram, second))).isFalse();

        assertThat(first.answer().get(5, TimeUnit.SECONDS).created()).isTrue();
        assertThat(second.answer().get(5, TimeUnit.SECONDS).created()).isTrue();
        assertThat(catchThrowable(() -> notInProgram.answer().join())).cause()
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.toProblem().status()).isEqualTo(422));
        assertSetsStoredAndPublished("pelvic-tilt", "cat-cow");
    }

    @Test
    void aKeyRepeatedWithinAGroupIsAppliedOnceAndReplayed() throws Exception {
        Pending original = set("cat-cow", 2, "key-twice");
        Pending repeat = set("cat-cow", 2, "key-twice");
        assertThat(setWrites.write(List.of(original, repeat))).isTrue();

        Answer first = original.answer().get(5, TimeUnit.SECONDS);
        Answer again = repeat.answer().get(5, TimeUnit.SECONDS);
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isTrue();
        assertThat(again.replayed()).isTrue();
        assertThat(again.json()).isEqualTo(first.json());
        assertSetsStoredAndPublished("cat-cow");
    }

    @Test
    void aKeyStoredBeforeIsReplayedInAGroupWhileTheGroupsNewKeysAreApplied() throws Exception {
        Pending earlier = set("pelvic-tilt", 1, "key-earlier");
        setWrites.write(List.of(earlier));
        Pending repeat = set("pelvic-tilt", 1, "key-earlier");
        Pending fresh = set("cat-cow", 1, "key-fresh");
        // the read-ahead found the stored key: the group needed no fallback to single writes
        assertThat(setWrites.write(List.of(repeat, fresh))).isTrue();

        Answer again = repeat.answer().get(5, TimeUnit.SECONDS);
        assertThat(again.created()).isTrue();
        assertThat(again.replayed()).isTrue();
        assertThat(again.json()).isEqualTo(earlier.answer().get().json());
        assertThat(fresh.answer().get(5, TimeUnit.SECONDS).replayed()).isFalse();
        assertSetsStoredAndPublished("pelvic-tilt", "cat-cow");
    }

    @Test
    void aKeyStoredBeforeWithAnotherBodyIsRefusedInAGroupAndTheOthersAreRecordedOnce() throws Exception {
        setWrites.write(List.of(set("pelvic-tilt", 1, "key-used")));
        Pending reused = set("cat-cow", 1, "key-used");
        Pending fresh = set("knee-to-chest", 1, "key-other");
        assertThat(setWrites.write(List.of(reused, fresh))).isFalse();

        assertThat(fresh.answer().get(5, TimeUnit.SECONDS).created()).isTrue();
        assertThat(catchThrowable(() -> reused.answer().join())).cause()
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.toProblem().status()).isEqualTo(409));
        assertSetsStoredAndPublished("pelvic-tilt", "knee-to-chest");
    }

    private Pending set(String exercise, int setNumber, String key) {
        SetRequest request = new SetRequest(null, exercise, setNumber, "both", 10, null, null, null);
        return new Pending(DemoUser.ALICE.id, key, Map.of("exercise", exercise, "setNumber", setNumber), session,
                request);
    }

    /** The session holds these sets, and session.events one set event each (read up to the completion). */
    private void assertSetsStoredAndPublished(String... exercises) {
        given().header("Authorization", DemoUser.ALICE.bearer()).get("/sessions/" + session)
                .then().statusCode(200).body("sets.exercise", containsInAnyOrder((Object[]) exercises));
        given().header("Authorization", DemoUser.ALICE.bearer()).contentType(ContentType.JSON)
                .post("/sessions/" + session + "/complete")
                .then().statusCode(200);
        List<SeenEvent> events = KafkaEvents.await(Topics.SESSION_EVENTS, exercises.length + 2,
                e -> session.toString().equals(e.subject()));
        assertThat(events).filteredOn(e -> EventType.SET_COMPLETED.type().equals(e.type())).hasSize(exercises.length);
        given().header("Authorization", DemoUser.ALICE.bearer()).get("/sessions/" + session)
                .then().body("sets", hasSize(exercises.length));
    }
}
