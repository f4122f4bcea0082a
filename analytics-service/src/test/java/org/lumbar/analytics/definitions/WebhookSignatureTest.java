package org.lumbar.analytics.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookSignatureTest {

    /** Vectors computed independently (Python's hmac module). */
    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', value = {
            "whsec-test-secret-123|1700000000|{\"a\":1}|sha256=84e038d7cd080e118e027f050c7be4c667bd2078475f9786cd9a695f9f6519ce",
            "another-secret-of-16|1700000000||sha256=70ec2406de7e4681bfb47ecab2475d108640b23f2821422a4e5d843fbec92146" })
    void theSignatureIsHmacSha256OfTimestampDotBody(String secret, long timestamp, String body, String signature) {
        String text = body == null ? "" : body;
        assertThat(WebhookSignature.sign(secret, timestamp, text)).isEqualTo(signature);
        assertThat(WebhookSignature.verify(secret, timestamp, text, signature, Instant.ofEpochSecond(timestamp + 60),
                Duration.ofMinutes(5))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "the same|whsec-test-secret-123|1700000000|{\"a\":1}|1700000000|true",
            "another secret|whsec-test-secret-124|1700000000|{\"a\":1}|1700000000|false",
            "another body|whsec-test-secret-123|1700000000|{\"a\":2}|1700000000|false",
            "another timestamp|whsec-test-secret-123|1700000001|{\"a\":1}|1700000001|false",
            "received 5 minutes later|whsec-test-secret-123|1700000000|{\"a\":1}|1700000300|true",
            "received 6 minutes later (a replay)|whsec-test-secret-123|1700000000|{\"a\":1}|1700000360|false",
            "timestamp from the future|whsec-test-secret-123|1700000000|{\"a\":1}|1699999000|false" })
    void aReceiverAcceptsOnlyTheUntamperedFreshDelivery(String name, String secret, long timestamp, String body,
            long receivedAt, boolean accepted) {
        String signature = "sha256=84e038d7cd080e118e027f050c7be4c667bd2078475f9786cd9a695f9f6519ce";
        assertThat(WebhookSignature.verify(secret, timestamp, body, signature, Instant.ofEpochSecond(receivedAt),
                Duration.ofMinutes(5))).isEqualTo(accepted);
        assertThat(WebhookSignature.verify(secret, timestamp, body, null, Instant.ofEpochSecond(receivedAt),
                Duration.ofMinutes(5))).isFalse();
    }
}
