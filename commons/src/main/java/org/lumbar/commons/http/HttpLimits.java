package org.lumbar.commons.http;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The request limits, answered as problem+json naming the limit: a body over {@code quarkus.http.limits.max-body-size}
 * (413, whether declared by {@code Content-Length} or found while reading), request headers over
 * {@code lumbar.http.max-header-size} (431) and a request line over {@code lumbar.http.max-request-line} (414).
 * <p>
 * Vert.x answers headers or a request line over its own limits ({@code quarkus.http.limits.max-header-size},
 * {@code max-initial-line-length}) itself, with an empty body, before any handler can see the request (Quarkus gives
 * no way to set the server's invalid-request handler). So those limits are set well above the ones checked here,
 * and only a request past them still gets Vert.x' empty answer.
 */
@ApplicationScoped
public class HttpLimits {

    private final long maxBodySize;
    private final long maxHeaderSize;
    private final int maxRequestLine;
    private final ObjectMapper json;

    public HttpLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "lumbar.http.max-header-size", defaultValue = "20K") MemorySize maxHeaderSize,
            @ConfigProperty(name = "lumbar.http.max-request-line", defaultValue = "4096") int maxRequestLine,
            ObjectMapper json) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxHeaderSize = maxHeaderSize.asLongValue();
        this.maxRequestLine = maxRequestLine;
        this.json = json;
    }

    void register(@Observes Router router) {
        // Ahead of the body handler, which would fail a declared oversized body before reading it.
        router.route().order(Integer.MIN_VALUE).handler(this::check);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::bodyTooLarge);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        int line = request.method().name().length() + request.uri().length() + 10;
        if (line > maxRequestLine) {
            refuse(context, 414, "URI Too Long", "The request line (method, path and query) is longer than "
                    + maxRequestLine + " bytes (lumbar.http.max-request-line)", "request line", "must not be longer than " + maxRequestLine + " bytes");
            return;
        }
        long headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headers > maxHeaderSize) {
            refuse(context, 431, "Request Header Fields Too Large", "The request headers are larger than "
                    + maxHeaderSize + " bytes (lumbar.http.max-header-size)", "headers", "must not be larger than " + maxHeaderSize + " bytes");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                refuse(context, 400, "Bad Request", "Content-Length: must be a number of bytes", "Content-Length",
                        "must be a number of bytes");
                return;
            }
            if (declared > maxBodySize) {
                tooLarge(context);
                return;
            }
        }
        context.next();
    }

    private void bodyTooLarge(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            tooLarge(context);
        } else {
            context.next();
        }
    }

    private void tooLarge(RoutingContext context) {
        refuse(context, 413, "Content Too Large", "The request body is larger than " + maxBodySize
                + " bytes (quarkus.http.limits.max-body-size)", "body", "must not be larger than " + maxBodySize + " bytes");
    }

    /** Answers and closes the connection: the rest of what the client sends is not read. */
    private void refuse(RoutingContext context, int status, String title, String detail, String field, String message) {
        HttpServerResponse response = context.response();
        String body;
        try {
            body = json.writeValueAsString(new Problem("about:blank", title, status, detail,
                    List.of(new Problem.FieldError(field, message))));
        } catch (JsonProcessingException e) {
            body = "";
        }
        response.putHeader(HttpHeaders.CONNECTION, "close");
        response.endHandler(v -> context.request().connection().close());
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }
}
