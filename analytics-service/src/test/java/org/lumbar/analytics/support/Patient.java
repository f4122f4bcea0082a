package org.lumbar.analytics.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.lumbar.contracts.program.ProgramAssigned;
import org.lumbar.contracts.program.ProgramChanged;
import org.lumbar.contracts.program.ProgramItem;
import org.lumbar.contracts.program.Schedule;
import org.lumbar.contracts.session.PainReported;
import org.lumbar.contracts.session.SessionCompleted;
import org.lumbar.contracts.session.SessionStarted;
import org.lumbar.contracts.session.SetCompleted;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.TestTokens;

/**
 * A test patient of its own (so tests sharing one database never see each other's figures), who publishes their
 * program and sessions on Kafka as program-service and session-service would.
 */
public final class Patient {

    public final String id;
    public final String clinicId;
    public final ZoneId zone;

    private Patient(String id, String clinicId, ZoneId zone) {
        this.id = id;
        this.clinicId = clinicId;
        this.zone = zone;
    }

    public static Patient fresh(String clinicId) {
        return fresh(clinicId, ZoneId.of("UTC"));
    }

    public static Patient fresh(String clinicId, ZoneId zone) {
        return new Patient("p-" + UUID.randomUUID(), clinicId, zone);
    }

    public String bearer() {
        return "Bearer " + TestTokens.forUser(id, "patient-" + id.substring(2, 10), List.of("patient"), clinicId);
    }

    public static String clinician(String clinicId) {
        return "Bearer " + TestTokens.forUser("c-" + UUID.randomUUID(), "clinician", List.of("clinician"), clinicId);
    }

    public UUID assign(Schedule schedule, LocalDate start) {
        UUID program = UUID.randomUUID();
        KafkaEvents.publish(new ProgramAssigned(program, 1, id, clinicId, null, "core-strengthening", zone.getId(), start,
                null, schedule, List.of(new ProgramItem("glute-bridge", 2, 12, null, false, null),
                        new ProgramItem("forearm-plank", 1, null, 20, false, null)),
                start.atStartOfDay(zone).toInstant()), id);
        return program;
    }

    /**
     * program-service's versions when a red flag paused the program on {@code day} and a clinician resumed it: the
     * end of the episodes of the rules that pause programs.
     */
    public void pausedAndResumed(UUID program, Schedule schedule, LocalDate day) {
        for (int version = 2; version <= 3; version++) {
            KafkaEvents.publish(new ProgramChanged(program, version, id, clinicId, version == 2 ? "PAUSED" : "ACTIVE",
                    zone.getId(), day, null, day, schedule, List.of(new ProgramItem("glute-bridge", 2, 12, null, false,
                            null)), version == 2 ? "Paused by the rule book" : "Seen in clinic",
                    at(day, 12 + version)), id);
        }
    }

    /** Waits until analytics knows the patient's clinic (program.events and session.events are read independently). */
    public void awaitClinicKnown() {
        Await.until(() -> io.restassured.RestAssured.given().header("Authorization", bearer())
                .get("/patients/me/summary").then().statusCode(200)
                .body("clinicId", org.hamcrest.Matchers.equalTo(clinicId)));
    }

    public Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }

    /** A whole session on a day: started, pain before, sets, pain after, completed with done of 3 prescribed sets. */
    public UUID session(UUID program, LocalDate day, Integer painBefore, Integer painAfter, int setsDone) {
        return session(program, day, painBefore, painAfter, setsDone, 20);
    }

    /** The same, with the forearm plank (third set) held {@code plankHold} seconds. */
    public UUID session(UUID program, LocalDate day, Integer painBefore, Integer painAfter, int setsDone, int plankHold) {
        UUID session = UUID.randomUUID();
        KafkaEvents.publish(new SessionStarted(session, id, program, 1, day, at(day, 8)), id);
        if (painBefore != null) {
            KafkaEvents.publish(pain(session, day, null, painBefore, "before", "ache", List.of()), id);
        }
        for (int set = 1; set <= setsDone; set++) {
            KafkaEvents.publish(new SetCompleted(session, id, set == 3 ? "forearm-plank" : "glute-bridge", set, null,
                    set == 3 ? null : 10 + set, set == 3 ? plankHold : null, at(day, 8).plusSeconds(60L * set)), id);
        }
        if (painAfter != null) {
            KafkaEvents.publish(pain(session, day, null, painAfter, "after", "soreness", List.of()), id);
        }
        KafkaEvents.publish(new SessionCompleted(session, id, program, 1, day, setsDone, 3, at(day, 9)), id);
        return session;
    }

    public void completed(UUID program, LocalDate day, int setsDone) {
        KafkaEvents.publish(new SessionCompleted(UUID.randomUUID(), id, program, 1, day, setsDone, 3, at(day, 9)), id);
    }

    public PainReported pain(UUID session, LocalDate day, String exercise, int score, String timing, String quality,
            List<String> redFlags) {
        boolean alert = !redFlags.isEmpty();
        long seconds = switch (timing) {
            case "before" -> 30;
            case "during" -> 300;
            default -> 3000;
        };
        return new PainReported(session, id, exercise, score, timing, quality, null, null, redFlags, null,
                alert ? "stop-see-clinician" : "continue", alert, at(day, 8).plusSeconds(seconds));
    }
}
