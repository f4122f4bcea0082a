package org.lumbar.session.client;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Asks program-service for a program that has not reached this service through program.events yet (a session
 * started right after the program was created). The caller's own token goes along, so program-service applies
 * its own access rules.
 */
@RegisterRestClient(configKey = "program-service")
@Path("/programs")
public interface ProgramClient {

    @GET
    @Path("{id}")
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = WebApplicationException.class)
    ProgramDetails get(@PathParam("id") UUID id, @HeaderParam("Authorization") String authorization);
}
