package org.lumbar.analytics.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lumbar.analytics.domain.Webhook;
import org.lumbar.analytics.domain.WebhookDelivery;
import org.lumbar.analytics.webhooks.WebhookDispatcher;
import org.lumbar.analytics.support.Patient;
import org.lumbar.analytics.support.Receiver;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With production's setting: webhooks may not point at this machine or a private network. */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
@TestProfile(PrivateWebhookTargetsTest.ProductionTargets.class)
class PrivateWebhookTargetsTest {

    public static class ProductionTargets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lumbar.analytics.webhooks.allow-private-addresses", "false",
                    "lumbar.analytics.webhooks.poll", "off");
        }
    }

    private static final String CLINIC = "clinic-north";

    @Inject
    WebhookDispatcher dispatcher;

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = { "http://127.0.0.1:8083/sessions", "http://localhost:8084/admin/replay",
            "http://169.254.169.254/latest/meta-data/", "https://10.0.0.5/hook", "http://[::1]:8080/x" })
    void aWebhookAimedAtThisMachineOrAPrivateNetworkIsRefusedNamingTheUrl(String url) {
        long before = QuarkusTransaction.requiringNew().call(() -> Webhook.count());

        given().header("Authorization", Patient.clinician(CLINIC)).contentType(ContentType.JSON)
                .body(Map.of("url", url, "secret", "a-clinic-secret-of-32-characters"))
                .when().post("/clinics/" + CLINIC + "/webhooks")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", startsWith("must point at a public address"));

        long after = QuarkusTransaction.requiringNew().call(() -> Webhook.count());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aDeliveryToAnAddressThatTurnedPrivateIsNotSent() throws Exception {
        try (Receiver receiver = new Receiver()) {
            UUID webhookId = UUID.randomUUID();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            long deliveryId = QuarkusTransaction.requiringNew().call(() -> {
                // as if the clinic's name had resolved to a public address when it was registered
                Webhook webhook = new Webhook();
                webhook.id = webhookId;
                webhook.clinicId = "clinic-rebound";
                webhook.url = receiver.url("/rebound");
                webhook.secret = "a-clinic-secret-of-32-characters";
                webhook.eventTypes = "lumbar.progress.alert-raised.v1";
                webhook.enabled = true;
                webhook.createdBy = "test";
                webhook.createdAt = now;
                webhook.persist();
                WebhookDelivery delivery = new WebhookDelivery();
                delivery.webhookId = webhookId;
                delivery.eventId = UUID.randomUUID();
                delivery.eventType = "lumbar.progress.alert-raised.v1";
                delivery.occurredAt = now;
                delivery.payload = "{}";
                delivery.status = WebhookDelivery.PENDING;
                delivery.nextAttemptAt = now;
                delivery.createdAt = now;
                delivery.persist();
                return delivery.id;
            });

            dispatcher.deliverDue(now.plusSeconds(1));

            WebhookDelivery delivery = QuarkusTransaction.requiringNew()
                    .call(() -> WebhookDelivery.<WebhookDelivery> findById(deliveryId));
            assertThat(delivery.attempts).isEqualTo(1);
            assertThat(delivery.lastError).startsWith("Refused: URL must point at a public address");
            assertThat(receiver.received("/rebound")).isEmpty();
        }
    }
}
