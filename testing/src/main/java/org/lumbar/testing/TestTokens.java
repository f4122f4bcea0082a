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

    /** The confidential client of the Lumbar services and its service account (deploy/keycloak/lumbar-realm.json). */
    public static final String SERVICE_CLIENT_ID = "lumbar-services";
    public static final String SERVICE_CLIENT_SECRET = "lumbar-services-secret";
    public static final String SERVICE_ACCOUNT_ID = "5e271ce0-0000-4000-8000-000000000006";
    public static final String SERVICE_ROLE = "service";

    private static final KeyPair KEYS = generate();
    /** A key the services do not trust: tokens signed with it must be refused. */
    private static final KeyPair FOREIGN_KEYS = generate();

    private TestTokens() {
    }

    /** The verification key as {@code quarkus.oidc.public-key} expects it (base64 X.509). */
    public static String publicKey() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    public static String forUser(String id, String username, List<String> roles, String clinicId) {
        return claims(id, username, roles, clinicId).sign(KEYS.getPrivate());
    }

    /**
     * A client-credentials token of {@code lumbar-services} as Keycloak 26 issues it for the realm file (checked
     * against a real one): the subject is the client's service account, {@code azp} the client, the only realm role
     * {@code service}, audience {@code lumbar-api}, and no clinic.
     */
    public static String forService() {
        return claims(SERVICE_ACCOUNT_ID, "service-account-" + SERVICE_CLIENT_ID, List.of(SERVICE_ROLE), null)
                .claim("azp", SERVICE_CLIENT_ID)
                .sign(KEYS.getPrivate());
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

    /** Tokens a service must refuse, each broken in one way, by name. */
    public static Map<String, String> broken(DemoUser user) {
        Map<String, String> tokens = new java.util.LinkedHashMap<>();
        List<String> roles = List.of(user.role);
        tokens.put("expired", claims(user.id, user.username, roles, user.clinicId)
                .issuedAt(Instant.now().minus(Duration.ofHours(2))).expiresAt(Instant.now().minus(Duration.ofHours(1)))
                .jws().keyId(KEY_ID).sign(KEYS.getPrivate()));
        tokens.put("signed with another key", claims(user.id, user.username, roles, user.clinicId)
                .jws().keyId(KEY_ID).sign(FOREIGN_KEYS.getPrivate()));
        tokens.put("another issuer", claims(user.id, user.username, roles, user.clinicId)
                .issuer("http://localhost:8180/realms/other").jws().keyId(KEY_ID).sign(KEYS.getPrivate()));
        tokens.put("another audience", claims(user.id, user.username, roles, user.clinicId)
                .audience("account").jws().keyId(KEY_ID).sign(KEYS.getPrivate()));
        tokens.put("HS256 with a guessable secret", claims(user.id, user.username, roles, user.clinicId)
                .jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256)
                .signWithSecret("a-secret-anyone-could-guess-0123456789abcdef"));
        String valid = user.token();
        String payload = valid.split("\\.")[1];
        String noneHeader = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        tokens.put("alg none", noneHeader + "." + payload + ".");
        tokens.put("tampered payload", valid.split("\\.")[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(new String(Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8)
                        .replace(user.id, "someone-else").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + valid.split("\\.")[2]);
        tokens.put("not a token", "not-a-token");
        return tokens;
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
