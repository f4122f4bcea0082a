package org.lumbar.analytics.definitions;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a webhook delivery is signed: the Standard Webhooks convention (https://www.standardwebhooks.com), so a clinic
 * verifies deliveries with any of its libraries. Three headers: {@code webhook-id} (the event's id, the same on every
 * retry), {@code webhook-timestamp} (Unix seconds of this attempt) and {@code webhook-signature}:
 * {@code v1,<base64 HMAC-SHA256 over "<id>.<timestamp>.<body>">}. The HMAC key is the webhook's secret: a secret
 * given in the convention's own form ({@code whsec_} and base64) is its decoded bytes; any other is its UTF-8
 * bytes, and its form for a Standard Webhooks library is {@link #standardForm(String)}.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";
    private static final String VERSION = "v1,";
    private static final String SECRET_PREFIX = "whsec_";
    private static final int SHORTEST_KEY_BYTES = 16;

    private WebhookSignature() {
    }

    /** @return {@code v1,<base64 signature>} */
    public static String sign(String secret, String messageId, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] digest = mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * What a receiver does: one of the signatures in the header (space-separated, as when a secret is rotated) matches,
     * and the timestamp is within {@code tolerance} of {@code now}.
     */
    public static boolean verify(String secret, String messageId, long timestamp, String body, String signatureHeader,
            Instant now, Duration tolerance) {
        if (signatureHeader == null || Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = sign(secret, messageId, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        for (String signature : signatureHeader.trim().split(" +")) {
            if (MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    /** The secret as a Standard Webhooks library takes it: {@code whsec_} and the base64 of the HMAC key. */
    public static String standardForm(String secret) {
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key(secret));
    }

    private static byte[] key(String secret) {
        if (secret.startsWith(SECRET_PREFIX)) {
            try {
                byte[] decoded = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
                if (decoded.length >= SHORTEST_KEY_BYTES) {
                    return decoded;
                }
            } catch (IllegalArgumentException notBase64) {
                // a secret that merely begins like one: its own bytes are the key
            }
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
