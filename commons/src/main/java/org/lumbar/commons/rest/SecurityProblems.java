package org.lumbar.commons.rest;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.lumbar.commons.http.Problem;

/**
 * Every security refusal of a Lumbar service as problem+json, wherever Quarkus makes it; a 401 keeps quarkus-oidc's
 * status and {@code WWW-Authenticate} challenge and adds the body.
 * <ul>
 * <li>No token where one is needed: the HTTP permission check sends the authentication challenge itself, before
 * JAX-RS. It asks the authentication mechanisms for it, highest priority first: this class is one, ahead of
 * quarkus-oidc's, and writes the body ({@link #sendChallenge}). It authenticates nobody: quarkus-oidc does.</li>
 * <li>A token that fails verification (proactive authentication): handed to JAX-RS exception mappers
 * ({@link #unauthorized(AuthenticationFailedException, RoutingContext)}), or, for a path JAX-RS does not serve, to the
 * challenge above.</li>
 * <li>A signed-in caller without the role an endpoint asks for ({@code @RolesAllowed}, or
 * {@code quarkus.security.jaxrs.default-roles-allowed}): {@link ForbiddenException} in JAX-RS, or in the HTTP layer
 * for an HTTP permission that refuses, answered by the failure handler registered here.</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityProblems implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SecurityProblems.class);

    public static final String NO_TOKEN = "A bearer token from the lumbar realm is required";
    public static final String INVALID_TOKEN = "The bearer token is not valid: expired, not signed by the lumbar "
            + "realm, or not issued for this API";
    public static final String NOT_ALLOWED = "This token does not allow that";

    private final OidcAuthenticationMechanism oidc;
    private final ObjectMapper json;

    public SecurityProblems(OidcAuthenticationMechanism oidc, ObjectMapper json) {
        this.oidc = oidc;
        this.json = json;
    }

    // --- 403 -------------------------------------------------------------------------------------------------------

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemMappers.respond(problem(403, NOT_ALLOWED));
    }

    void registerFailureHandler(@Observes Router router) {
        router.route().order(-1).failureHandler(this::forbidden);
    }

    private void forbidden(RoutingContext context) {
        if (context.failure() instanceof ForbiddenException && !context.response().headWritten()) {
            send(context.response(), problem(403, NOT_ALLOWED));
        } else {
            context.next();
        }
    }

    // --- 401 in JAX-RS ---------------------------------------------------------------------------------------------

    @ServerExceptionMapper
    public Uni<Response> unauthorized(AuthenticationFailedException e, RoutingContext context) {
        return challenge(context, INVALID_TOKEN);
    }

    @ServerExceptionMapper
    public Uni<Response> unauthorized(UnauthorizedException e, RoutingContext context) {
        return challenge(context, detail(context));
    }

    private Uni<Response> challenge(RoutingContext context, String detail) {
        return oidc.getChallenge(context).map(challenge -> {
            int status = challenge == null ? 401 : challenge.status;
            Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                    .entity(problem(status, detail));
            if (challenge != null && challenge.headerName != null) {
                response.header(challenge.headerName.toString(), challenge.headerContent);
            }
            return response.build();
        });
    }

    // --- 401 in the HTTP layer: the authentication challenge ------------------------------------------------------

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return oidc.getChallenge(context).map(challenge -> {
            HttpServerResponse response = context.response();
            if (challenge == null || response.headWritten()) {
                return false;
            }
            if (challenge.headerName != null) {
                response.headers().set(challenge.headerName, challenge.headerContent);
            }
            send(response, problem(challenge.status, detail(context)));
            return true;
        });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().nullItem(); // quarkus-oidc authenticates
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    /** Ahead of quarkus-oidc, so that the challenge is sent from here. */
    @Override
    public int getPriority() {
        return oidc.getPriority() + 1;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static String detail(RoutingContext context) {
        return context.request().getHeader(HttpHeaders.AUTHORIZATION) == null ? NO_TOKEN : INVALID_TOKEN;
    }

    private static Problem problem(int status, String detail) {
        return new Problem("about:blank", HttpResponseStatus.valueOf(status).reasonPhrase(), status, detail, List.of());
    }

    private void send(HttpServerResponse response, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            LOG.warn("Could not write a problem body", e);
            body = "";
        }
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }
}
