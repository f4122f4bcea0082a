package org.lumbar.gateway.web;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.lumbar.gateway.http.Problems;
import org.lumbar.gateway.http.SignedIn;

/**
 * The web app's own endpoints at the gateway: {@code /login} (quarkus-oidc has run the code flow by the time this
 * answers, so it only sends the browser back to the app), {@code /api/me} (who is signed in, from the verified
 * tokens, so the app can choose its pages without reading a token). {@code /logout} is quarkus-oidc's.
 */
@ApplicationScoped
public class WebRoutes {

    static final String ME_PATH = "/api/me";
    private static final Set<String> APP_ROLES = Set.of("patient", "clinician", "admin");

    void mount(@Observes Router router) {
        router.get(BrowserSessions.LOGIN_PATH).handler(rc -> rc.redirect("/"));
        router.get(ME_PATH).handler(this::me);
    }

    private void me(RoutingContext rc) {
        SecurityIdentity identity = SignedIn.identity(rc).orElse(null);
        if (identity == null) {
            Problems.send(rc.response(), 401, "Nobody is signed in");
            return;
        }
        JsonObject me = new JsonObject().put("name", identity.getPrincipal().getName());
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            me.put("id", token.getSubject())
                    .put("username", token.<String>getClaim("preferred_username"))
                    .put("givenName", token.<String>getClaim("given_name"))
                    .put("clinicId", token.<String>getClaim("clinic_id"));
        }
        JsonArray roles = new JsonArray();
        identity.getRoles().stream().filter(APP_ROLES::contains).sorted().forEach(roles::add);
        me.put("roles", roles);
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(me.encode());
    }
}
