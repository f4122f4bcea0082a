package org.lumbar.commons.rest;

import java.net.URI;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.lumbar.commons.idempotency.IdempotentRequests;

/** The HTTP response for the answer to an idempotent write: 201 with its Location, or 200. */
public final class Answers {

    /** Marks an answer repeated from an earlier request with the same Idempotency-Key. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private Answers() {
    }

    public static Response response(IdempotentRequests.Answer answer) {
        Response.ResponseBuilder response = Response.status(answer.created() ? Response.Status.CREATED : Response.Status.OK);
        if (answer.location() != null) {
            response.location(URI.create(answer.location()));
        }
        if (answer.json() != null) {
            response.entity(answer.json()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (answer.replayed()) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.build();
    }
}
