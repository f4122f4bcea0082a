package org.lumbar.commons.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Verifies a bearer token once rather than on every request. quarkus-oidc checks the RS256 signature and the claims of
 * each request's token again, which was about a sixth of session-service's CPU under load, although a patient sends
 * the same token with every set of a session. The identity quarkus-oidc builds for a token is kept until the token
 * expires, and for {@code lumbar.security.verified-tokens.max-age} at most, so a key the realm withdraws stops being
 * honoured within that time; only successes are kept, so a refused token is checked again each time.
 * <p>
 * A kept identity is handed to each request with that request's own routing context, the two attributes quarkus-oidc
 * ties to the request; role mapping and the rest of the identity are the token's and do not change.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    private record Verified(SecurityIdentity identity, long validUntilMillis) {
    }

    private final OidcIdentityProvider oidc;
    private final long maxAgeMillis;
    private final int maxEntries;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public VerifiedTokens(OidcIdentityProvider oidc, VerifiedTokensConfig config) {
        this.oidc = oidc;
        this.maxAgeMillis = config.maxAge().toMillis();
        this.maxEntries = config.maxEntries();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Asked before quarkus-oidc, which it calls itself for the tokens it has not seen. */
    @Override
    public int priority() {
        return oidc.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (maxAgeMillis <= 0 || !(request.getToken() instanceof AccessTokenCredential)) {
            return oidc.authenticate(request, context);
        }
        String token = request.getToken().getToken();
        long now = System.currentTimeMillis();
        Verified known = verified.get(token);
        if (known != null && now < known.validUntilMillis()) {
            return Uni.createFrom().item(forThisRequest(known.identity(), request));
        }
        if (known != null) {
            verified.remove(token, known);
        }
        return oidc.authenticate(request, context).invoke(identity -> remember(token, identity, now));
    }

    private void remember(String token, SecurityIdentity identity, long now) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        long validUntil = Math.min(jwt.getExpirationTime() * 1000, now + maxAgeMillis);
        if (validUntil <= now) {
            return;
        }
        if (verified.size() >= maxEntries) {
            verified.values().removeIf(entry -> entry.validUntilMillis() <= now);
            if (verified.size() >= maxEntries) {
                verified.clear(); // a flood of distinct tokens: start over rather than grow
            }
        }
        verified.put(token, new Verified(identity, validUntil));
    }

    private static SecurityIdentity forThisRequest(SecurityIdentity identity, TokenAuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing == null) {
            return identity;
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity)
                .addAttribute(ROUTING_CONTEXT, routing);
        Object requestContext = routing.get(REQUEST_CONTEXT);
        if (requestContext != null) {
            builder.addAttribute(REQUEST_CONTEXT, requestContext);
        }
        return builder.build();
    }
}
