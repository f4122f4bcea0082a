package org.lumbar.analytics.definitions;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a webhook delivery is signed: {@code Lumbar-Signature: sha256=<hex>}, the HMAC-SHA256 with the webhook's secret
 * over {@code <timestamp>.<body>}, where the timestamp is the {@code Lumbar-Timestamp} header (Unix seconds). A
 * receiver recomputes it, compares in constant time, and refuses timestamps too far from its clock (replays).
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "Lumbar-Signature";
    public static final String TIMESTAMP_HEADER = "Lumbar-Timestamp";
    public static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    /** @return {@code sha256=<64 hex digits>} */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** What a receiver does: the signature matches and the timestamp is within {@code tolerance} of {@code now}. */
    public static boolean verify(String secret, long timestamp, String body, String signature, Instant now,
            Duration tolerance) {
        if (signature == null || Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
