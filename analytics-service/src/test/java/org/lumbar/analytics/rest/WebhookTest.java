package org.lumbar.analytics.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lumbar.analytics.support.Await;
import org.lumbar.analytics.support.Patient;
import org.lumbar.analytics.support.Receiver;
import org.lumbar.contracts.AsyncApiDocument;
import org.lumbar.contracts.Topics;
import org.lumbar.contracts.program.Schedule;
import org.lumbar.contracts.progress.AlertRaised;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.KafkaEvents;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class WebhookTest {

    private static final String SECRET = "a-clinic-secret-of-32-characters";
    private static Receiver receiver;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new Receiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    private static String register(String clinic, String path, List<String> types) {
        return given().header("Authorization", Patient.clinician(clinic)).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(path), "secret", SECRET, "eventTypes", types, "description", "EHR"))
                .when().post("/clinics/" + clinic + "/webhooks")
                .then().statusCode(201)
                .body("enabled", equalTo(true))
                .body("$", not(hasKey("secret")))
                .extract().path("id");
    }

    /** A patient of the clinic reports a red flag in a session. */
    private static final Map<Patient, UUID> PROGRAMS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Patient redFlag(String clinic, LocalDate day, List<String> flags, int score) {
        Patient patient = Patient.fresh(clinic);
        PROGRAMS.put(patient, patient.assign(Schedule.daily(1), day));
        patient.awaitClinicKnown();
        KafkaEvents.publish(patient.pain(UUID.randomUUID(), day, null, score, "during", null, flags), patient.id);
        return patient;
    }

    /** The Standard Webhooks signature, computed here as a receiver's library would, from the secret's standard form. */
    private static String standardSignature(String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        byte[] key = Base64.getDecoder().decode("YS1jbGluaWMtc2VjcmV0LW9mLTMyLWNoYXJhY3RlcnM="); // whsec_ form of SECRET
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anAlertReachesTheClinicsWebhookSignedWithItsCloudEventHeaders() throws Exception {
        String clinic = "clinic-hooks-" + UUID.randomUUID().toString().substring(0, 8);
        String webhook = register(clinic, "/signed", List.of("lumbar.progress.alert-raised.v1"));
        register("clinic-hooks-other", "/other-clinic", List.of());
        Patient patient = redFlag(clinic, LocalDate.of(2026, 10, 19), List.of("bladder-bowel"), 6);

        Await.until(() -> assertThat(receiver.received("/signed")).hasSize(1));
        Receiver.Received request = receiver.received("/signed").get(0);
        KafkaEvents.SeenEvent onKafka = KafkaEvents.await(Topics.PROGRESS_EVENTS, 1,
                e -> patient.id.equals(e.key()) && e.type().equals("lumbar.progress.alert-raised.v1")).get(0);
        assertThat(request.header("ce-id")).isEqualTo(onKafka.id());
        assertThat(request.header("ce-type")).isEqualTo("lumbar.progress.alert-raised.v1");
        assertThat(request.header("ce-specversion")).isEqualTo("1.0");
        assertThat(request.header("ce-source")).isEqualTo("/lumbar/analytics-service");
        assertThat(request.header("ce-subject")).isEqualTo(onKafka.subject());
        assertThat(request.header("content-type")).isEqualTo("application/json");
        assertThat(request.header("lumbar-webhook-id")).isEqualTo(webhook);
        assertThat(request.header("lumbar-delivery-attempt")).isEqualTo("1");
        assertThat(request.header("webhook-id")).isEqualTo(onKafka.id());
        assertThat(Long.parseLong(request.header("webhook-timestamp")))
                .isBetween(System.currentTimeMillis() / 1000 - 60, System.currentTimeMillis() / 1000 + 1);
        assertThat(request.header("webhook-signature")).isEqualTo(
                standardSignature(request.header("webhook-id"), request.header("webhook-timestamp"), request.body()));
        assertThat(request.body()).isEqualTo(onKafka.value());
        assertThat(AsyncApiDocument.load().webhookViolations(request.headers(), request.body()))
                .as("the delivery against the AsyncAPI document's %s channel", AsyncApiDocument.CLINIC_WEBHOOK).isEmpty();
        AlertRaised alert = onKafka.data(AlertRaised.class);
        assertThat(alert.rule()).isEqualTo("red-flag");
        assertThat(alert.clinicId()).isEqualTo(clinic);

        Await.until(() -> given().header("Authorization", Patient.clinician(clinic))
                .get("/clinics/" + clinic + "/webhooks/" + webhook + "/deliveries")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].status", equalTo("delivered"))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].lastStatus", equalTo(200))
                .body("items[0].eventId", equalTo(onKafka.id())));

        // the clearing (a clinician resumed the paused program) is not sent: this webhook asked for raised alerts only
        patient.pausedAndResumed(PROGRAMS.get(patient), Schedule.daily(1), LocalDate.of(2026, 10, 20));
        KafkaEvents.await(Topics.PROGRESS_EVENTS, 1,
                e -> patient.id.equals(e.key()) && e.type().equals("lumbar.progress.alert-cleared.v1"));
        given().header("Authorization", Patient.clinician(clinic))
                .get("/clinics/" + clinic + "/webhooks/" + webhook + "/deliveries")
                .then().body("total", equalTo(1));
        assertThat(receiver.received("/other-clinic").stream().filter(r -> r.body().contains(patient.id))).isEmpty();
    }

    @Test
    void aFailedDeliveryIsRetriedWithBackoffUntilTheReceiverTakesIt() {
        String clinic = "clinic-hooks-" + UUID.randomUUID().toString().substring(0, 8);
        receiver.answer(500, 502);
        String webhook = register(clinic, "/flaky", List.of());
        redFlag(clinic, LocalDate.of(2026, 10, 26), List.of("fever"), 3);

        Await.until(() -> given().header("Authorization", Patient.clinician(clinic))
                .get("/clinics/" + clinic + "/webhooks/" + webhook + "/deliveries")
                .then().body("items[0].status", equalTo("delivered"))
                .body("items[0].attempts", equalTo(3))
                .body("items[0].lastStatus", equalTo(200)));
        List<Receiver.Received> attempts = receiver.received("/flaky");
        assertThat(attempts).extracting(r -> r.header("lumbar-delivery-attempt")).containsExactly("1", "2", "3");
        assertThat(attempts).extracting(r -> r.header("ce-id")).containsOnly(attempts.get(0).header("ce-id"));
        given().header("Authorization", Patient.clinician(clinic)).get("/clinics/" + clinic + "/webhooks/" + webhook)
                .then().body("consecutiveFailures", equalTo(0)).body("enabled", equalTo(true));
    }

    @Test
    void aDeliveryIsGivenUpAfterItsLastAttemptAndAWebhookThatKeepsFailingIsDisabledUntilEnabledAgain() {
        String clinic = "clinic-hooks-" + UUID.randomUUID().toString().substring(0, 8);
        String clinician = Patient.clinician(clinic);
        String webhook = register(clinic, "/down", List.of("lumbar.progress.alert-raised.v1"));
        String deliveries = "/clinics/" + clinic + "/webhooks/" + webhook + "/deliveries";
        receiver.answerByDefault(503);
        try {
            redFlag(clinic, LocalDate.of(2026, 11, 2), List.of("after-fall"), 2);
            Await.until(() -> given().header("Authorization", clinician).get(deliveries)
                    .then().body("items[0].status", equalTo("failed")).body("items[0].attempts", equalTo(4))
                    .body("items[0].lastError", equalTo("HTTP 503")));
            given().header("Authorization", clinician).get("/clinics/" + clinic + "/webhooks/" + webhook)
                    .then().body("enabled", equalTo(true)).body("consecutiveFailures", equalTo(4));

            redFlag(clinic, LocalDate.of(2026, 11, 3), List.of("fever"), 2);
            Await.until(() -> given().header("Authorization", clinician).get("/clinics/" + clinic + "/webhooks/" + webhook)
                    .then().body("enabled", equalTo(false))
                    .body("disabledReason", containsString("5 failed attempts in a row; last: HTTP 503")));
            given().header("Authorization", clinician).queryParam("status", "pending").get(deliveries)
                    .then().body("total", equalTo(1)).body("items[0].attempts", equalTo(1));
        } finally {
            receiver.answerByDefault(200);
        }
        given().header("Authorization", clinician).when().post("/clinics/" + clinic + "/webhooks/" + webhook + "/enable")
                .then().statusCode(200).body("enabled", equalTo(true)).body("consecutiveFailures", equalTo(0));
        Await.until(() -> given().header("Authorization", clinician).get(deliveries)
                .then().body("items.status", contains("delivered", "failed")).body("items[0].attempts", equalTo(2)));
    }

    @Test
    void registrationsAreCheckedAndOnlyTheClinicsCliniciansManageThem() {
        String clinic = "clinic-hooks-" + UUID.randomUUID().toString().substring(0, 8);
        String clinician = Patient.clinician(clinic);
        for (Object[] bad : List.of(
                new Object[] { Map.of("url", "ftp://clinic.example/x", "secret", SECRET), "url" },
                new Object[] { Map.of("url", "/relative", "secret", SECRET), "url" },
                new Object[] { Map.of("url", "https://user:pw@clinic.example/x", "secret", SECRET), "url" },
                new Object[] { Map.of("url", "https://clinic.example/x", "secret", "short"), "secret" },
                new Object[] { Map.of("url", "https://clinic.example/x"), "secret" },
                new Object[] { Map.of("url", "https://clinic.example/x", "secret", SECRET, "eventTypes",
                        List.of("lumbar.session.completed.v1")), "eventTypes[0]" },
                new Object[] { Map.of("url", "https://clinic.example/x", "secret", SECRET, "colour", "red"), "colour" })) {
            given().header("Authorization", clinician).contentType(ContentType.JSON).body(bad[0])
                    .when().post("/clinics/" + clinic + "/webhooks")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[1]));
        }
        String id = given().header("Authorization", clinician).contentType(ContentType.JSON)
                .body(Map.of("url", "https://clinic.example/hook", "secret", SECRET))
                .when().post("/clinics/" + clinic + "/webhooks")
                .then().statusCode(201)
                .header("Location", containsString("/clinics/" + clinic + "/webhooks/"))
                .body("eventTypes", contains("lumbar.progress.weekly.v1", "lumbar.progress.alert-raised.v1",
                        "lumbar.progress.alert-cleared.v1"))
                .extract().path("id");

        for (String outsider : List.of(Patient.clinician("clinic-elsewhere"), DemoUser.ALICE.bearer(), DemoUser.ERIN.bearer())) {
            given().header("Authorization", outsider).get("/clinics/" + clinic + "/webhooks").then().statusCode(404);
            given().header("Authorization", outsider).get("/clinics/" + clinic + "/webhooks/" + id + "/deliveries")
                    .then().statusCode(404);
            given().header("Authorization", outsider).delete("/clinics/" + clinic + "/webhooks/" + id).then().statusCode(404);
            given().header("Authorization", outsider).contentType(ContentType.JSON)
                    .body(Map.of("url", "https://evil.example/x", "secret", SECRET))
                    .post("/clinics/" + clinic + "/webhooks").then().statusCode(404);
        }
        given().header("Authorization", clinician).get("/clinics/" + clinic + "/webhooks")
                .then().statusCode(200).body("id", contains(id)).body("[0]", not(hasKey("secret")));
        given().header("Authorization", clinician).get("/clinics/" + clinic + "/webhooks/nope").then().statusCode(404);
        given().header("Authorization", clinician).delete("/clinics/" + clinic + "/webhooks/" + id).then().statusCode(204);
        given().header("Authorization", clinician).get("/clinics/" + clinic + "/webhooks/" + id).then().statusCode(404);
    }
}
