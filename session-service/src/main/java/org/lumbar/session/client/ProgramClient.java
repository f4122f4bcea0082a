package org.lumbar.session.client;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/**
 * Asks program-service for a program that has not reached this service through program.events yet (a session
 * started right after the program was created). It calls as session-service itself, with a client-credentials token
 * of the confidential client {@code lumbar-services} (role {@code service}) that quarkus-oidc-client obtains and
 * renews: program-service lets that role read any program, so the caller must check whose program it is
 * ({@link org.lumbar.session.client.ProgramDirectory#latestOf}).
 */
@RegisterRestClient(configKey = "program-service")
@OidcClientFilter
@Path("/programs")
public interface ProgramClient {

    @GET
    @Path("{id}")
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = WebApplicationException.class)
    ProgramDetails get(@PathParam("id") UUID id);
}
