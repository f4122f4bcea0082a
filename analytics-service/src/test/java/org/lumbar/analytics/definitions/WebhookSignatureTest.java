package org.lumbar.analytics.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookSignatureTest {

    private static final String CLINIC_SECRET = "a-clinic-secret-of-32-characters";
    private static final String EVENT_ID = "5f0c2a4e-1b7d-4c3e-9a8b-6d5e4f3a2b1c";
    private static final String SIGNED = "v1,6mxVystQnJNs9p1OES2NeXtE9Xsd50/IKxl6lCg5ZTc=";

    /**
     * The first vector is the Standard Webhooks specification's own example; the second was computed independently
     * with Python's hmac module, with the clinic's secret bytes as the key.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw|msg_p5jXN8AQM9LWM0D4loKWxJek|1614265330|{\"test\": 2432232314}|v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
            CLINIC_SECRET + "|" + EVENT_ID + "|1700000000|{\"a\":1}|" + SIGNED })
    void theSignatureIsHmacSha256OfIdTimestampAndBody(String secret, String id, long timestamp, String body,
            String signature) {
        assertThat(WebhookSignature.sign(secret, id, timestamp, body)).isEqualTo(signature);
        assertThat(WebhookSignature.verify(secret, id, timestamp, body, signature, Instant.ofEpochSecond(timestamp + 60),
                Duration.ofMinutes(5))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            CLINIC_SECRET + "|whsec_YS1jbGluaWMtc2VjcmV0LW9mLTMyLWNoYXJhY3RlcnM=",
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw|whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "whsec_not base64 at all, but long|whsec_d2hzZWNfbm90IGJhc2U2NCBhdCBhbGwsIGJ1dCBsb25n" })
    void aSecretHasOneStandardFormThatSignsAlike(String secret, String standardForm) {
        assertThat(WebhookSignature.standardForm(secret)).isEqualTo(standardForm);
        assertThat(WebhookSignature.sign(standardForm, EVENT_ID, 1_700_000_000, "{}"))
                .isEqualTo(WebhookSignature.sign(secret, EVENT_ID, 1_700_000_000, "{}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "the same|" + CLINIC_SECRET + "|" + EVENT_ID + "|1700000000|{\"a\":1}|1700000000|" + SIGNED + "|true",
            "beside a rotated secret's|" + CLINIC_SECRET + "|" + EVENT_ID + "|1700000000|{\"a\":1}|1700000000|v1,b2xk " + SIGNED + "|true",
            "another secret|a-clinic-secret-of-32-characterz|" + EVENT_ID + "|1700000000|{\"a\":1}|1700000000|" + SIGNED + "|false",
            "another id|" + CLINIC_SECRET + "|5f0c2a4e-1b7d-4c3e-9a8b-6d5e4f3a2b1d|1700000000|{\"a\":1}|1700000000|" + SIGNED + "|false",
            "another body|" + CLINIC_SECRET + "|" + EVENT_ID + "|1700000000|{\"a\":2}|1700000000|" + SIGNED + "|false",
            "another timestamp|" + CLINIC_SECRET + "|" + EVENT_ID + "|1700000001|{\"a\":1}|1700000001|" + SIGNED + "|false",
            "received 5 minutes later|" + CLINIC_SECRET + "|" + EVENT_ID + "|1700000000|{\"a\":1}|1700000300|" + SIGNED + "|true",
            "received 6 minutes later (a replay)|" + CLINIC_SECRET + "|" + EVENT_ID + "|1700000000|{\"a\":1}|1700000360|" + SIGNED + "|false",
            "timestamp from the future|" + CLINIC_SECRET + "|" + EVENT_ID + "|1700000000|{\"a\":1}|1699999000|" + SIGNED + "|false",
            "no signature|" + CLINIC_SECRET + "|" + EVENT_ID + "|1700000000|{\"a\":1}|1700000000|null|false" })
    void aReceiverAcceptsOnlyTheUntamperedFreshDelivery(String name, String secret, String id, long timestamp,
            String body, long receivedAt, String signature, boolean accepted) {
        assertThat(WebhookSignature.verify(secret, id, timestamp, body, signature, Instant.ofEpochSecond(receivedAt),
                Duration.ofMinutes(5))).isEqualTo(accepted);
    }
}
