package org.lumbar.gateway.http;

import java.util.Optional;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/** Who made a request, as quarkus-oidc verified it (proactive authentication has run by the time routes see it). */
public final class SignedIn {

    private SignedIn() {
    }

    /** The caller's identity, or empty for an anonymous request. */
    public static Optional<SecurityIdentity> identity(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity != null && !identity.isAnonymous()) {
                return Optional.of(identity);
            }
        }
        return Optional.empty();
    }
}
