package org.lumbar.testing.layering.service;

import jakarta.ws.rs.core.Response;

public class ItemsWithAResponse {

    public Response first() {
        return Response.ok("first").build();
    }
}
