package org.lumbar.gateway.web;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Chooses how a caller signs in. Apps and integrations send a bearer token (the default, service tenant). The web
 * app never sees a token: the gateway signs the browser in with the OIDC code flow ({@code web} tenant), keeps the
 * tokens encrypted in HttpOnly cookies and puts the access token on the requests it forwards (ApiRoutes).
 * Static files are served to everyone, so only the paths that act for a signed-in browser use the web tenant.
 */
@ApplicationScoped
public class BrowserSessions implements TenantResolver {

    public static final String TENANT = "web";
    public static final String LOGIN_PATH = "/login";
    public static final String LOGOUT_PATH = "/logout";

    private final boolean enabled;

    public BrowserSessions(@ConfigProperty(name = "quarkus.oidc.web.tenant-enabled", defaultValue = "true") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public String resolve(RoutingContext rc) {
        if (!enabled || !isBrowserSession(rc)) {
            return null;
        }
        String path = rc.request().path();
        return path.startsWith("/api/") || path.equals(LOGIN_PATH) || path.equals(LOGOUT_PATH) ? TENANT : null;
    }

    /** Whether this request is signed by the browser session (if by anyone) rather than by a bearer token. */
    public static boolean isBrowserSession(RoutingContext rc) {
        return !rc.request().headers().contains(HttpHeaders.AUTHORIZATION);
    }
}
