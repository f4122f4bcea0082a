package org.lumbar.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signs access tokens shaped like the ones Keycloak issues for the {@code lumbar} realm, with a key pair made
 * for this test JVM. Services verify them for real through quarkus-oidc, given {@link #publicKey()}.
 */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:8180/realms/lumbar";
    public static final String AUDIENCE = "lumbar-api";
    public static final String KEY_ID = "lumbar-test-key";

    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    /** The verification key as {@code quarkus.oidc.public-key} expects it (base64 X.509). */
    public static String publicKey() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    public static String forUser(String id, String username, List<String> roles, String clinicId) {
        return claims(id, username, roles, clinicId).sign(KEYS.getPrivate());
    }

    /** The claims a realm token carries, for tests that tamper with them before signing. */
    public static JwtClaimsBuilder claims(String id, String username, List<String> roles, String clinicId) {
        Instant now = Instant.now();
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(id)
                .audience(AUDIENCE)
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(30)))
                .claim("typ", "Bearer")
                .claim("azp", "web-app")
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", roles));
        if (clinicId != null) {
            claims.claim("clinic_id", clinicId);
        }
        claims.jws().keyId(KEY_ID);
        return claims;
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId(KEY_ID).sign(KEYS.getPrivate());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
