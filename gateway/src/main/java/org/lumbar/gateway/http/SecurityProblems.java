package org.lumbar.gateway.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** A missing, invalid or expired token is a 401 problem+json (with the bearer challenge), a refusal a 403. */
@ApplicationScoped
public class SecurityProblems {

    void register(@Observes Router router) {
        router.route().order(-1).failureHandler(this::handle);
    }

    private void handle(RoutingContext rc) {
        Throwable failure = rc.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException) {
            rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"lumbar\"");
            Problems.send(rc.response(), 401, "A valid bearer token from the lumbar realm is required");
        } else if (failure instanceof ForbiddenException) {
            Problems.send(rc.response(), 403, "This token does not allow that");
        } else {
            rc.next();
        }
    }
}
