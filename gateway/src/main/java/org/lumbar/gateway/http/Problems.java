package org.lumbar.gateway.http;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The gateway's own answers are RFC 9457 problem details, like every Lumbar service's. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Buffer body(int status, String detail) {
        return new JsonObject()
                .put("type", "about:blank")
                .put("title", HttpResponseStatus.valueOf(status).reasonPhrase())
                .put("status", status)
                .put("detail", detail)
                .toBuffer();
    }

    /** A problem that names what it is about (a field, header or limit) in {@code errors}, as the services' do. */
    public static Buffer body(int status, String detail, String field) {
        JsonObject problem = new JsonObject(body(status, detail));
        String message = detail.startsWith(field + ": ") ? detail.substring(field.length() + 2) : detail;
        return problem.put("errors", new JsonArray().add(new JsonObject().put("field", field).put("message", message)))
                .toBuffer();
    }

    /** Ends {@code response} with a problem, unless an answer has already started. */
    public static void send(HttpServerResponse response, int status, String detail) {
        send(response, status, body(status, detail));
    }

    public static void send(HttpServerResponse response, int status, String detail, String field) {
        send(response, status, body(status, detail, field));
    }

    private static void send(HttpServerResponse response, int status, Buffer body) {
        if (response.headWritten() || response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .putHeader("Content-Length", Integer.toString(body.length()))
                .end(body);
    }
}
